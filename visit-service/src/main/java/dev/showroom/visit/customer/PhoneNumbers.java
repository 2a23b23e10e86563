package dev.showroom.visit.customer;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import dev.showroom.platform.http.ProblemException;

/** Phone numbers as lead-service keys them: E.164, read with the dealer's country as the default region. */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /** The E.164 form, or a 400 naming {@code field}. */
    public static String normalise(String raw, String region, String field) {
        if (raw == null || raw.isBlank() || raw.length() > 40) {
            throw ProblemException.invalid(field, "phone", field + " is not a phone number");
        }
        try {
            PhoneNumber number = UTIL.parse(raw, region);
            if (!UTIL.isValidNumber(number)) {
                throw ProblemException.invalid(field, "phone", field + " is not a valid phone number for region " + region);
            }
            return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            throw ProblemException.invalid(field, "phone", field + " is not a phone number");
        }
    }
}
