package dev.showroom.web.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The history's filter keeps what the API knows and drops the rest; none chosen is no filter (not a failure). */
class MessagesFilterTest {

    @Test
    void noneChosenAndUnknownValuesAreNoFilter() {
        assertEquals(new MessagesPage.Filter(null, null, null, null), MessagesPage.filter(null, null, null, null));
        assertEquals(
                new MessagesPage.Filter(null, null, null, null), MessagesPage.filter("not-a-lead", "X", "Y", "FAX"));
        String lead = "3f1c2a4e-0b7d-4c55-9a61-2b8e0d9c7f10";
        assertEquals(
                new MessagesPage.Filter(lead, "DELIVERY_DELAYED", "FAILED", "EMAIL"),
                MessagesPage.filter(" " + lead + " ", "DELIVERY_DELAYED", "FAILED", "EMAIL"));
    }
}
