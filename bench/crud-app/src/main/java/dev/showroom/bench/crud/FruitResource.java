package dev.showroom.bench.crud;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/** The Panache quickstart's create and read by id (hibernate-orm-panache-quickstart, FruitResource). */
@Path("/fruits")
public class FruitResource {

    @GET
    @Path("{id}")
    public Fruit getSingle(@PathParam("id") Long id) {
        Fruit entity = Fruit.findById(id);
        if (entity == null) {
            throw new WebApplicationException("Fruit with id of " + id + " does not exist.", 404);
        }
        return entity;
    }

    @POST
    @Transactional
    public Response create(Fruit fruit) {
        if (fruit.id != null) {
            throw new WebApplicationException("Id was invalidly set on request.", 422);
        }
        fruit.persist();
        return Response.ok(fruit).status(201).build();
    }
}
