package dev.showroom.web.care;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The menu opens the customer classes without a loyalty: the at-risk list, not the error page. */
class ClassesFilterTest {

    @Test
    void noLoyaltyOrAnUnknownOneIsTheAtRiskList() {
        assertEquals("AT_RISK", ClassesPage.chosen(null));
        assertEquals("AT_RISK", ClassesPage.chosen("VIP"));
        assertEquals("LOYAL", ClassesPage.chosen("LOYAL"));
    }
}
