package dev.showroom.lead.prospect;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PriceBeforeValueTest {

    static final Instant QUOTE = Instant.parse("2026-12-01T08:00:00Z");

    @Test
    void noQuoteIsNoFlag() {
        assertFalse(PriceBeforeValue.flagged(null, null, null));
    }

    @Test
    void aQuoteWithNeitherNeedsAnalysisNorTestDriveIsFlagged() {
        assertTrue(PriceBeforeValue.flagged(QUOTE, null, null));
    }

    @Test
    void aQuoteBeforeBothIsFlagged() {
        assertTrue(PriceBeforeValue.flagged(QUOTE, QUOTE.plusSeconds(1), QUOTE.plusSeconds(3600)));
    }

    @Test
    void aNeedsAnalysisBeforeTheQuoteBuiltValue() {
        assertFalse(PriceBeforeValue.flagged(QUOTE, QUOTE.minusSeconds(600), null));
        assertFalse(PriceBeforeValue.flagged(QUOTE, QUOTE, null), "at the same moment counts as before");
    }

    @Test
    void aTestDriveBeforeTheQuoteBuiltValueToo() {
        assertFalse(PriceBeforeValue.flagged(QUOTE, null, QUOTE.minusSeconds(600)));
        assertFalse(PriceBeforeValue.flagged(QUOTE, QUOTE.plusSeconds(60), QUOTE.minusSeconds(600)));
    }
}
