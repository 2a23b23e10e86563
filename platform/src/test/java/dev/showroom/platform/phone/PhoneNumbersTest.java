package dev.showroom.platform.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @Test
    void aFragmentWrittenAsAPhoneGivesItsDigits() {
        assertEquals("1380013", PhoneNumbers.digitsOfFragment("138 0013"));
        assertEquals("86138001", PhoneNumbers.digitsOfFragment("+86 (138) 001"));
        assertEquals("1380013", PhoneNumbers.digitsOfFragment("138-0013"));
        assertNull(PhoneNumbers.digitsOfFragment("13"), "too few digits to be a phone");
    }

    @Test
    void aNameWithDigitsIsANameNotAPhone() {
        // the console's search for "Console Qian 123456" looked for phones holding 123456 and found nobody
        assertNull(PhoneNumbers.digitsOfFragment("Console Qian 123456"));
        assertNull(PhoneNumbers.digitsOfFragment("王芳 138"));
        assertNull(PhoneNumbers.digitsOfFragment("Zhou"));
    }
}
