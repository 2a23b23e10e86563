package dev.showroom.order.catalogue;

import dev.showroom.platform.http.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The price of an item on a day. Several lists may be valid on the same day (a promotion list over the
 * yearly list): the one that starts latest wins, then the one made last. A list need not price every
 * item, so a partial list changes only what it names.
 */
@ApplicationScoped
public class PriceBook {

    public record Price(BigDecimal amount, UUID priceListId, String currency) {}

    @Inject
    EntityManager em;

    public Price priceOn(LocalDate day, String modelCode, ItemKind kind, String code) {
        List<Object[]> rows = em.createQuery(
                        "select i.price, l.id, l.currency from PriceListItem i, PriceList l "
                                + "where i.priceListId = l.id and l.validFrom <= :day and (l.validTo is null or l.validTo >= :day) "
                                + "and i.modelCode = :model and i.kind = :kind and i.code = :code "
                                + "order by l.validFrom desc, l.createdAt desc",
                        Object[].class)
                .setParameter("day", day)
                .setParameter("model", modelCode)
                .setParameter("kind", kind)
                .setParameter("code", code)
                .setMaxResults(1)
                .getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.unprocessable(
                    fieldOf(kind),
                    "priced",
                    "No price list valid on " + day + " prices " + kind.name().toLowerCase() + " " + code + " of "
                            + modelCode);
        }
        Object[] row = rows.get(0);
        return new Price((BigDecimal) row[0], (UUID) row[1], (String) row[2]);
    }

    private static String fieldOf(ItemKind kind) {
        return switch (kind) {
            case TRIM -> "trimCode";
            case COLOUR -> "colourCode";
            case OPTION -> "optionCodes";
        };
    }
}
