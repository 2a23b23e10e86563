package dev.showroom.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** If-Match against the version a method loaded, as docs/api.md describes it. */
class PreconditionsTest {

    @AfterEach
    void leave() {
        Preconditions.CURRENT.remove();
    }

    @Test
    void theETagIsTheVersionInQuotes() {
        assertEquals("\"3\"", Preconditions.etag(3));
    }

    @Test
    void ifMatchNamesTheCurrentVersionStrongWeakOrInAList() {
        assertTrue(Preconditions.matches("\"3\"", 3));
        assertTrue(Preconditions.matches(" W/\"3\" ", 3));
        assertTrue(Preconditions.matches("\"1\", \"3\"", 3));
        assertTrue(Preconditions.matches("*", 3));
        assertFalse(Preconditions.matches("\"2\"", 3));
        assertFalse(Preconditions.matches("\"33\"", 3));
        assertFalse(Preconditions.matches("\"\"", 3));
    }

    @Test
    void aStaleIfMatchIs412AndMarksTheCheckDone() {
        Preconditions.Request request = new Preconditions.Request("\"2\"");
        Preconditions.CURRENT.set(request);
        ProblemException e = assertThrows(ProblemException.class, () -> Preconditions.check(3));
        assertEquals(412, e.status());
        assertTrue(request.checked);
    }

    @Test
    void noIfMatchLetsTheUpdateApply() {
        Preconditions.CURRENT.set(new Preconditions.Request(null));
        Preconditions.check(3);
    }

    @Test
    void aCheckOutsideAnIfMatchMethodIsAProgrammingError() {
        assertThrows(IllegalStateException.class, () -> Preconditions.check(3));
    }
}
