package dev.showroom.web.sales;

import dev.showroom.web.gateway.GatewayProblem;
import dev.showroom.web.shell.Who;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Times and money as the dealer reads them: instants in the dealer's time zone (its profile, remembered per
 * dealer for a few minutes), amounts with two places and thousands separators. Templates:
 * {@code {inject:dealerTime.at(t.slotStart)}}, {@code {inject:dealerTime.money(q.total)}}.
 */
@Named("dealerTime")
@RequestScoped
public class DealerTime {

    private static final ZoneId FALLBACK = ZoneId.of("Asia/Shanghai");
    private static final long KEEP_MILLIS = 5 * 60_000L;
    private static final Map<String, Known> ZONES = new ConcurrentHashMap<>();

    private record Known(ZoneId zone, long until) {}

    @Inject
    Who who;

    @Inject
    @RestClient
    DealerProfileApi profiles;

    private ZoneId zone;

    public ZoneId zone() {
        if (zone == null) {
            String dealer = who.dealer();
            Known known = ZONES.get(dealer);
            if (known == null || known.until() < System.currentTimeMillis()) {
                ZoneId found;
                long keep = KEEP_MILLIS;
                try {
                    DealerProfileApi.Profile profile = profiles.profile();
                    String timeZone = profile == null ? null : profile.timeZone();
                    found = timeZone == null ? FALLBACK : ZoneId.of(timeZone);
                } catch (GatewayProblem | java.time.DateTimeException | jakarta.ws.rs.ProcessingException e) {
                    found = FALLBACK; // the day still shows; times in the brand's zone, asked again shortly
                    keep = 10_000L;
                }
                known = new Known(found, System.currentTimeMillis() + keep);
                ZONES.put(dealer, known);
            }
            zone = known.zone();
        }
        return zone;
    }

    public LocalDate today() {
        return LocalDate.now(zone());
    }

    public ZonedDateTime local(Instant instant) {
        return instant.atZone(zone());
    }

    /** "2026-12-04 14:30" in the dealer's zone. */
    public String at(Instant instant) {
        return instant == null ? "" : local(instant).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }

    /** "14:30" in the dealer's zone. */
    public String time(Instant instant) {
        return instant == null ? "" : local(instant).format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    public String day(Instant instant) {
        return instant == null ? "" : local(instant).toLocalDate().toString();
    }

    /** For {@code <time datetime>}. */
    public String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    public boolean isToday(Instant instant) {
        return instant != null && local(instant).toLocalDate().equals(today());
    }

    /** 178321.5 → "178,321.50" (both of the console's languages write money alike). */
    public String money(BigDecimal amount) {
        return amount == null ? "" : String.format(Locale.ROOT, "%,.2f", amount);
    }
}
