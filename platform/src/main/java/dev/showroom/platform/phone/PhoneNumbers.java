package dev.showroom.platform.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Phone numbers as the services key a person: E.164, read with the dealer's country as the default region.
 * lead-service merges leads by this form and visit-service sends it in {@code visit.recorded}, so both must
 * read a number the same way.
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {}

    /** The E.164 form, or {@link InvalidPhoneException} when it is not a valid number. */
    public static String normalise(String raw, String region) {
        if (raw == null || raw.isBlank() || raw.length() > 40) {
            throw new InvalidPhoneException("not a phone number");
        }
        try {
            PhoneNumber number = UTIL.parse(raw, region);
            if (!UTIL.isValidNumber(number)) {
                throw new InvalidPhoneException("not a valid phone number for region " + region);
            }
            return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            throw new InvalidPhoneException("not a phone number");
        }
    }

    /** Whether numbers can be read with this default region (ISO 3166 country code, upper case). */
    public static boolean isKnownRegion(String region) {
        return UTIL.getSupportedRegions().contains(region);
    }

    /**
     * The digits of a search fragment written as a phone ("138 0013", "+86 (138) 0013" → "1380013"), or null when
     * it has too few digits or anything but digits and a phone's punctuation: "Qian 2" or "Console Qian 123456" is
     * a name (a name search must not turn into a phone search because the name holds digits).
     */
    public static String digitsOfFragment(String fragment) {
        if (!fragment.strip().matches("[0-9+()\\-./\\s]+")) {
            return null;
        }
        String digits = fragment.replaceAll("[^0-9]", "");
        return digits.length() >= 3 ? digits : null;
    }

    /** For a receptionist: enough to recognise a caller, not the number. */
    public static String masked(String e164) {
        if (e164 == null || e164.length() < 8) {
            return e164;
        }
        return e164.substring(0, 4) + "*".repeat(e164.length() - 8) + e164.substring(e164.length() - 4);
    }

    public static class InvalidPhoneException extends RuntimeException {
        public InvalidPhoneException(String message) {
            super(message, null, false, false);
        }
    }
}
