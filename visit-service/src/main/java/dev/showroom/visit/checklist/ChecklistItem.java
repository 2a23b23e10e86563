package dev.showroom.visit.checklist;

import dev.showroom.platform.tenancy.DealerOwned;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.SQLRestriction;

/** One line of a dealer's opening checklist template. A dealer without its own template uses {@link #DEFAULTS}. */
@Entity
@Table(name = "checklist_item")
@SQLRestriction(DealerOwned.RESTRICTION)
@EntityListeners(DealerOwned.class)
public class ChecklistItem extends PanacheEntityBase {

    /** The default opening checklist (docs/process.md, step 2) (展厅营业前检查表). */
    public static final List<Template> DEFAULTS = List.of(
            new Template("DISPLAY_FILM_REMOVED", "Display cars: seat and steering-wheel film removed"),
            new Template("DISPLAY_CARS_CLEAN", "Display cars: body, windows and wheels clean"),
            new Template("WHEEL_LOGOS_UPRIGHT", "Display cars: wheel logos upright"),
            new Template("DRINKS_STATION", "Drinks station ready with at least three choices"),
            new Template("SALES_TOOLS_READY", "Sales tools ready (brochures, price lists, tablets)"),
            new Template("STAFF_APPEARANCE", "Staff appearance and uniforms"));

    public record Template(String code, String label) {}

    @Id
    public UUID id;

    @Column(updatable = false)
    public String dealerId;

    public String code;
    public String label;
    public int position;
}
