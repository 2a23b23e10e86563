package dev.showroom.lead.dealer;

import dev.showroom.contracts.Events;
import dev.showroom.platform.dealer.DealerProfile;
import dev.showroom.platform.phone.PhoneNumbers;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A manager's new profile for their dealer, and the rules it must keep: a phone region the phone library
 * knows, a time zone id, an ISO 4217 currency, each weekday at most once and opening before it closes, and
 * well-formed language tags, each once. {@link #violations()} names every field that breaks a rule;
 * {@link #applyTo} sets a valid one on the profile.
 */
public record ProfileChange(
        String region,
        String timeZone,
        String currency,
        List<Events.OpeningHours> openingHours,
        List<String> languages) {

    /** A field that breaks a rule, with what the manager reads beside it. */
    public record Violation(String field, String rule, String message) {}

    public List<Violation> violations() {
        List<Violation> found = new ArrayList<>();
        if (region == null || !PhoneNumbers.isKnownRegion(region.toUpperCase(Locale.ROOT))) {
            found.add(
                    new Violation("region", "region", "Unknown phone region " + region + " (ISO 3166 code, e.g. CN)"));
        }
        try {
            ZoneId.of(String.valueOf(timeZone));
        } catch (DateTimeException e) {
            found.add(new Violation("timeZone", "timeZone", "Unknown time zone " + timeZone + " (e.g. Asia/Shanghai)"));
        }
        try {
            Currency.getInstance(String.valueOf(currency));
        } catch (IllegalArgumentException e) {
            found.add(new Violation("currency", "currency", "Unknown ISO 4217 currency " + currency + " (e.g. CNY)"));
        }
        Set<String> days = new HashSet<>();
        for (int i = 0; i < openingHours.size(); i++) {
            Events.OpeningHours h = openingHours.get(i);
            String at = "openingHours[" + i + "]";
            if (!days.add(h.day())) {
                found.add(new Violation(at, "uniqueDay", h.day() + " is listed twice"));
            }
            try {
                if (!LocalTime.parse(h.opens()).isBefore(LocalTime.parse(h.closes()))) {
                    found.add(new Violation(
                            at,
                            "closesAfterOpens",
                            "Closes at " + h.closes() + ", not after it opens at " + h.opens()));
                }
            } catch (DateTimeException e) {
                found.add(new Violation(at, "time", "Times are HH:MM, e.g. 09:00"));
            }
        }
        Set<String> tags = new HashSet<>();
        for (int i = 0; i < languages.size(); i++) {
            String tag = languages.get(i);
            String at = "languages[" + i + "]";
            try {
                Locale locale = new Locale.Builder().setLanguageTag(tag).build();
                if (locale.getLanguage().isEmpty()) {
                    throw new IllformedLocaleException(tag);
                }
                if (!tags.add(locale.toLanguageTag())) {
                    found.add(new Violation(at, "unique", tag + " is listed twice"));
                }
            } catch (IllformedLocaleException e) {
                found.add(new Violation(at, "languageTag", tag + " is not a language tag (BCP 47, e.g. zh-CN)"));
            }
        }
        return found;
    }

    /** Sets this change on the profile; {@link #violations()} is empty. Days in week order, tags as BCP 47 writes them. */
    public void applyTo(DealerProfile profile) {
        profile.region = region.toUpperCase(Locale.ROOT);
        profile.timeZone = ZoneId.of(timeZone).getId();
        profile.currency = currency;
        profile.openingHours(openingHours.stream()
                .sorted(Comparator.comparing(h -> java.time.DayOfWeek.valueOf(h.day())))
                .toList());
        profile.languages(languages.stream()
                .map(t -> Locale.forLanguageTag(t).toLanguageTag())
                .toList());
    }
}
