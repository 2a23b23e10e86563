package dev.showroom.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.showroom.visit.reception.Visit;
import dev.showroom.visit.testdrive.TestDrive;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What is kept of a licence and of a linked visitor's contact: the domain rules, without a database. */
class WhatIsKeptTest {

    @Test
    void aCheckedLicenceKeepsItsLastFourCharactersOnly() {
        TestDrive d = new TestDrive();
        d.licenceChecked("  31010119900101123X ", LocalDate.of(2030, 1, 1), Instant.EPOCH, "li.wei");
        assertEquals("123X", d.licenceLastFour);
        assertEquals(LocalDate.of(2030, 1, 1), d.licenceExpiry);
        assertEquals("li.wei", d.licenceCheckedBy);
        // four characters would be the whole number
        assertThrows(
                IllegalArgumentException.class, () -> d.licenceChecked(" B123 ", LocalDate.MAX, Instant.EPOCH, "x"));
    }

    @Test
    void aLinkedVisitDropsItsPhoneAndEmailButKeepsTheName() {
        Visit v = new Visit();
        v.contactName = "Ma Lan";
        v.contactPhone = "+8613912345678";
        v.contactEmail = "ma@example.com";
        UUID lead = UUID.randomUUID();
        v.linkTo(lead);
        assertEquals(lead, v.leadId);
        assertEquals("Ma Lan", v.contactName);
        assertNull(v.contactPhone);
        assertNull(v.contactEmail);
    }
}
