package dev.showroom.platform.dealer;

import dev.showroom.contracts.Events;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A dealer's basic facts: the region in which a phone number without a country code is read, the time zone
 * in which its days are reckoned, its opening hours, its languages and its currency. lead-service owns it
 * ({@code GET/PUT /api/v1/dealer/profile}) and announces every change on dealer.profile-changed; every other
 * service keeps the same table as its copy ({@link DealerProfiles#apply}), so that all of them read phones and
 * days alike. Keyed by the dealer itself (not tenant-filtered): it is only ever read for the caller's or the
 * event's dealer. A dealer without a row has {@link #defaults}. Its {@code version} is the owner's optimistic lock;
 * a copy holds the version of the last event it applied.
 */
@Entity
@Table(name = "dealer_profile")
public class DealerProfile extends DealerRow {

    public static final String DEFAULT_REGION = "CN";
    public static final String DEFAULT_TIME_ZONE = "Asia/Shanghai";
    public static final String DEFAULT_CURRENCY = "CNY";
    /** Every day 09:00 to 18:00 (docs/process.md: the showroom opens every day). */
    public static final String DEFAULT_OPENING_HOURS =
            Arrays.stream(DayOfWeek.values()).map(d -> d + " 09:00-18:00").collect(Collectors.joining(";"));

    public static final String DEFAULT_LANGUAGES = "zh-CN,en";

    public String region;
    public String timeZone;
    public String currency;
    /** {@code MONDAY 09:00-18:00;TUESDAY 09:00-18:00}: a day not listed is closed ({@link #openingHours()}). */
    public String openingHours;
    /** BCP 47 tags, comma separated, the main language first. */
    public String languages;

    public static DealerProfile defaults(String dealerId) {
        DealerProfile p = new DealerProfile();
        p.dealerId = dealerId;
        p.region = DEFAULT_REGION;
        p.timeZone = DEFAULT_TIME_ZONE;
        p.currency = DEFAULT_CURRENCY;
        p.openingHours = DEFAULT_OPENING_HOURS;
        p.languages = DEFAULT_LANGUAGES;
        return p;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** Today at the dealer. */
    public LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(zone()));
    }

    public List<Events.OpeningHours> openingHours() {
        return openingHours == null || openingHours.isBlank()
                ? List.of()
                : Arrays.stream(openingHours.split(";"))
                        .map(String::strip)
                        .map(day -> {
                            String[] parts = day.split("[ -]");
                            return new Events.OpeningHours(parts[0], parts[1], parts[2]);
                        })
                        .toList();
    }

    public void openingHours(List<Events.OpeningHours> days) {
        openingHours = days.stream()
                .map(d -> d.day() + " " + d.opens() + "-" + d.closes())
                .collect(Collectors.joining(";"));
    }

    public List<String> languages() {
        return Arrays.stream(languages.split(","))
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList();
    }

    public void languages(List<String> tags) {
        languages = String.join(",", tags);
    }
}
