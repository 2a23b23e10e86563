package dev.showroom.platform.sample;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import dev.showroom.platform.events.Outbox;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.idempotency.IdempotentCreate;

@Path("/api/v1/notes")
@RolesAllowed({ "consultant", "manager" })
public class SampleResource {

    public record NoteRequest(@NotBlank @Size(max = 20) String text, @NotNull @Size(min = 1, max = 3) List<@NotBlank String> tags) {
    }

    public record NoteView(UUID id, String dealerId, String text) {
    }

    public record Noted(UUID noteId, String dealerId, String text) {
    }

    @Inject
    Outbox outbox;

    @POST
    @Transactional
    @IdempotentCreate
    public Response create(@Valid @NotNull NoteRequest request) {
        SampleNote note = new SampleNote();
        note.id = UUID.randomUUID();
        note.text = request.text();
        note.persist();
        outbox.publish("sample.noted", note.id, note.id, new Noted(note.id, note.dealerId, note.text));
        return Response.created(URI.create("/api/v1/notes/" + note.id)).entity(view(note)).build();
    }

    @GET
    @Path("{id}")
    public NoteView get(@PathParam("id") UUID id) {
        SampleNote note = SampleNote.findById(id);
        if (note == null) {
            throw ProblemException.notFound("Note");
        }
        return view(note);
    }

    @GET
    public List<NoteView> list() {
        return SampleNote.<SampleNote> listAll().stream().map(SampleResource::view).toList();
    }

    private static NoteView view(SampleNote note) {
        return new NoteView(note.id, note.dealerId, note.text);
    }
}
