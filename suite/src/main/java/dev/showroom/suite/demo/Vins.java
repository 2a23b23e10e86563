package dev.showroom.suite.demo;

/** Vehicle identification numbers with a correct check digit (ISO 3779, position 9). */
public final class Vins {

    private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

    private Vins() {}

    /** "LSVAB12C" + check digit + "R" + the 7-digit serial. */
    public static String of(int serial) {
        String vin = "LSVAB12C" + "0" + "R" + String.format("%07d", serial % 10_000_000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += value(vin.charAt(i)) * WEIGHTS[i];
        }
        int check = sum % 11;
        return vin.substring(0, 8) + (check == 10 ? 'X' : (char) ('0' + check)) + vin.substring(9);
    }

    private static int value(char c) {
        if (Character.isDigit(c)) {
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
            default -> throw new IllegalArgumentException("not a VIN character: " + c);
        };
    }
}
