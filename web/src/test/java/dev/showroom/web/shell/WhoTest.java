package dev.showroom.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WhoTest {

    @Test
    void chineseNamesPutTheFamilyFirstAndHanNamesTakeNoSpace() {
        assertEquals("Zhang Min", Who.displayName("Min", "Zhang", false, "zhang.min"));
        assertEquals("张敏", Who.displayName("敏", "张", false, "zhang.min"));
    }

    @Test
    void englishPutsTheGivenNameFirst() {
        assertEquals("Min Zhang", Who.displayName("Min", "Zhang", true, "zhang.min"));
    }

    @Test
    void theUserNameWhenTheRealmHasNoName() {
        assertEquals("zhang.min", Who.displayName(null, " ", true, "zhang.min"));
        assertEquals("Zhang", Who.displayName(null, "Zhang", false, "zhang.min"));
    }
}
