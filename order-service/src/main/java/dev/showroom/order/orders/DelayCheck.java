package dev.showroom.order.orders;

import dev.showroom.order.stock.StockAvailability;
import dev.showroom.order.stock.StockCheck;
import dev.showroom.platform.dealer.DealerProfiles;
import dev.showroom.platform.jobs.OneReplica;
import dev.showroom.platform.jobs.PerDealer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Watches the expected delivery dates (seed 004 §6.6): an order without a car whose date is within the warning days
 * or past ({@link DeliveryDelay}) is announced once per expected date and kind (order.delayed; the unique
 * constraint of order_delay makes a second announcement impossible even if two replicas ran), on one replica at a
 * time. The managers' list of late orders ({@link DelayResource}) is worked out live from the orders.
 */
@ApplicationScoped
public class DelayCheck {

    private static final Logger LOG = Logger.getLogger(DelayCheck.class);

    static final List<OrderStatus> WAITING = List.of(OrderStatus.DRAFT, OrderStatus.SIGNED, OrderStatus.DEPOSIT_PAID);

    @Inject
    EntityManager em;

    @Inject
    PerDealer perDealer;

    @Inject
    OneReplica oneReplica;

    @Inject
    DealerProfiles profiles;

    @Inject
    StockAvailability stock;

    @Inject
    OrderEvents events;

    @Inject
    Clock clock;

    @ConfigProperty(name = "showroom.order.delays.warn-days", defaultValue = "3")
    int warnDays;

    @Scheduled(
            every = "${showroom.order.delays.check-every:10m}",
            delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        oneReplica.run("order.delivery-delays", this::announceDelays);
    }

    public int warnDays() {
        return warnDays;
    }

    /** @return how many delays were announced now */
    public int announceDelays() {
        // a day more than the warning days: a dealer east of UTC is a day ahead
        LocalDate horizon = LocalDate.now(clock).plusDays(warnDays + 1L);
        List<String> dealers = perDealer.having(
                "select distinct o.dealer_id from sales_order o where " + StockAvailability.OPEN_ORDER
                        + " and o.expected_delivery_date <= ?1",
                horizon);
        int announced = perDealer.sum(dealers, dealer -> announceFor(dealer));
        if (announced > 0) {
            LOG.infof("announced %d delivery delay(s)", announced);
        }
        return announced;
    }

    private int announceFor(String dealer) {
        LocalDate today = profiles.today(dealer);
        List<SalesOrder> late = SalesOrder.list(
                "status in ?1 and vin is null and expectedDeliveryDate <= ?2", WAITING, today.plusDays(warnDays));
        int n = 0;
        Instant now = Instant.now(clock);
        for (SalesOrder o : late) {
            DeliveryDelay kind = DeliveryDelay.of(o.status, o.vin, o.expectedDeliveryDate, today, warnDays);
            if (kind == null) {
                continue;
            }
            OrderDelay d = new OrderDelay();
            d.id = UUID.randomUUID();
            d.dealerId = dealer;
            d.orderId = o.id;
            d.kind = kind;
            d.expectedDeliveryDate = o.expectedDeliveryDate;
            d.detectedAt = now;
            int inserted = em.createNativeQuery("insert into order_delay (id, dealer_id, order_id, kind, "
                            + "expected_delivery_date, detected_at) values (?1, ?2, ?3, ?4, ?5, ?6) "
                            + "on conflict (order_id, expected_delivery_date, kind) do nothing")
                    .setParameter(1, d.id)
                    .setParameter(2, dealer)
                    .setParameter(3, o.id)
                    .setParameter(4, kind.name())
                    .setParameter(5, o.expectedDeliveryDate)
                    .setParameter(6, now)
                    .executeUpdate();
            if (inserted == 0) {
                continue;
            }
            events.delayed(o, d, DeliveryDelay.daysLate(o.expectedDeliveryDate, today), incomingEta(dealer, o, today));
            n++;
        }
        return n;
    }

    /** When a matching car in transit is expected for this order, if one is. */
    LocalDate incomingEta(String dealer, SalesOrder o, LocalDate today) {
        StockCheck c = check(dealer, o, today);
        return c.state() == StockCheck.State.INCOMING ? c.eta() : null;
    }

    StockCheck check(String dealer, SalesOrder o, LocalDate today) {
        ContractTerms t = o.terms;
        return stock.check(
                dealer,
                t.modelCode(),
                t.trimCode(),
                t.colourCode(),
                dev.showroom.order.catalogue.Catalogue.keyOf(t.optionCodes()),
                o.id,
                o.createdAt,
                today);
    }
}
