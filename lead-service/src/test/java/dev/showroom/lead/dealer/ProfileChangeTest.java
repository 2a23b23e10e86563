package dev.showroom.lead.dealer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.showroom.contracts.Events.OpeningHours;
import dev.showroom.platform.dealer.DealerProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileChangeTest {

    static final List<OpeningHours> WEEKDAYS =
            List.of(new OpeningHours("FRIDAY", "09:00", "17:00"), new OpeningHours("MONDAY", "09:00", "18:00"));

    static List<String> rules(ProfileChange c) {
        return c.violations().stream().map(v -> v.field() + ":" + v.rule()).toList();
    }

    @Test
    void aGoodProfileBreaksNoRuleAndIsStoredInWeekOrder() {
        ProfileChange c = new ProfileChange("de", "Europe/Berlin", "EUR", WEEKDAYS, List.of("de-DE", "en"));
        assertTrue(c.violations().isEmpty());
        DealerProfile p = DealerProfile.defaults("d");
        c.applyTo(p);
        assertEquals("DE", p.region);
        assertEquals("EUR", p.currency);
        assertEquals("MONDAY 09:00-18:00;FRIDAY 09:00-17:00", p.openingHours);
        assertEquals(
                List.of("MONDAY", "FRIDAY"),
                p.openingHours().stream().map(OpeningHours::day).toList());
        assertEquals(List.of("de-DE", "en"), p.languages());
    }

    @Test
    void anUnknownRegionTimeZoneOrCurrencyIsNamed() {
        assertEquals(
                List.of("region:region", "timeZone:timeZone", "currency:currency"),
                rules(new ProfileChange("ZZ", "Asia/Atlantis", "XYZ", List.of(), List.of("zh-CN"))));
        assertEquals(
                List.of("region:region", "timeZone:timeZone", "currency:currency"),
                rules(new ProfileChange(null, null, null, List.of(), List.of("zh-CN"))));
    }

    @Test
    void aDayOpensBeforeItClosesAndIsListedOnce() {
        assertEquals(
                List.of("openingHours[0]:closesAfterOpens"),
                rules(new ProfileChange(
                        "CN",
                        "Asia/Shanghai",
                        "CNY",
                        List.of(new OpeningHours("MONDAY", "18:00", "18:00")),
                        List.of("zh-CN"))));
        assertEquals(
                List.of("openingHours[1]:uniqueDay"),
                rules(new ProfileChange(
                        "CN",
                        "Asia/Shanghai",
                        "CNY",
                        List.of(
                                new OpeningHours("MONDAY", "09:00", "12:00"),
                                new OpeningHours("MONDAY", "13:00", "18:00")),
                        List.of("zh-CN"))));
        assertEquals(
                List.of("openingHours[0]:time"),
                rules(new ProfileChange(
                        "CN",
                        "Asia/Shanghai",
                        "CNY",
                        List.of(new OpeningHours("MONDAY", "25:00", "26:00")),
                        List.of("zh-CN"))));
    }

    @Test
    void languagesAreWellFormedTagsEachOnce() {
        assertEquals(
                List.of("languages[1]:languageTag", "languages[2]:unique"),
                rules(new ProfileChange(
                        "CN", "Asia/Shanghai", "CNY", List.of(), List.of("zh-CN", "not a tag", "zh-cn"))));
    }
}
