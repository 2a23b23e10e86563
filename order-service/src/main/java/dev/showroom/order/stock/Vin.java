package dev.showroom.order.stock;

import java.util.Locale;

/**
 * Vehicle identification numbers (ISO 3779). A VIN has 17 characters from 0-9 and A-Z without I, O and Q.
 *
 * <p>Position 9 is a check digit (0-9 or X) computed with the North-American weights (49 CFR 565).
 * ISO 3779 itself makes it optional, but China (GB 16735) requires the same check digit, and this suite
 * sells in China, so every VIN is checked: a VIN whose ninth character does not compute (e.g. some
 * European VINs, which put a plant letter there) is refused rather than stored with a typo in it.
 */
public final class Vin {

    private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

    private Vin() {}

    /** The canonical form (upper case, trimmed) of a valid VIN, or null with {@link #problem} saying why. */
    public static String normalise(String vin) {
        return vin == null ? null : vin.trim().toUpperCase(Locale.ROOT);
    }

    /** Why the VIN is not valid, or null when it is. */
    public static String problem(String raw) {
        String vin = normalise(raw);
        if (vin == null || vin.length() != 17) {
            return "must be 17 characters";
        }
        for (int i = 0; i < 17; i++) {
            if (value(vin.charAt(i)) < 0) {
                return "character " + (i + 1) + " '" + vin.charAt(i) + "' is not allowed (0-9, A-Z without I, O, Q)";
            }
        }
        char expected = checkDigit(vin);
        if (vin.charAt(8) != expected) {
            return "check digit (position 9) is " + vin.charAt(8) + " but must be " + expected;
        }
        return null;
    }

    public static boolean isValid(String vin) {
        return problem(vin) == null;
    }

    /** The check digit for the other 16 characters: weighted sum of transliterated values, modulo 11 (10 = X). */
    public static char checkDigit(String vin) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += value(vin.charAt(i)) * WEIGHTS[i];
        }
        int rest = sum % 11;
        return rest == 10 ? 'X' : (char) ('0' + rest);
    }

    /** Transliteration of 49 CFR 565.15; -1 for characters a VIN may not contain. */
    static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return switch (c) {
            case 'A', 'J' -> 1;
            case 'B', 'K', 'S' -> 2;
            case 'C', 'L', 'T' -> 3;
            case 'D', 'M', 'U' -> 4;
            case 'E', 'N', 'V' -> 5;
            case 'F', 'W' -> 6;
            case 'G', 'P', 'X' -> 7;
            case 'H', 'Y' -> 8;
            case 'R', 'Z' -> 9;
            default -> -1;
        };
    }
}
