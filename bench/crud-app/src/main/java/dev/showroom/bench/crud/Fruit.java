package dev.showroom.bench.crud;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** The Panache quickstart's entity, as it is there (a generated id and a unique
 * name), without its second-level cache: a read by id goes to PostgreSQL, as a lead's does. */
@Entity
public class Fruit extends PanacheEntity {

    @Column(length = 40, unique = true)
    public String name;

    public Fruit() {}
}
