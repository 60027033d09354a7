package se.coompanion.sesi.domain.survey;

/**
 * The Damm check digit (H. Michael Damm, 2004): a check digit over decimal digits that detects every
 * single-digit error and every transposition of two adjacent digits, the two most common typing errors. (The
 * Luhn algorithm of the organisationsnummer misses the transposition 09 to 90.)
 *
 * <p>It uses a totally anti-symmetric quasigroup of order 10, given as a table. Start with an interim digit of 0;
 * for each digit d, the interim digit becomes {@code TABLE[interim][d]}; the check digit is the final interim
 * digit. A string followed by its check digit gives an interim digit of 0, which is how a typed string is checked.
 * Leading zeros do not change the check digit (row 0 maps 0 to 0).
 *
 * <p>Worked example, the digits 0012: 0 -> TABLE[0][0] = 0, 0 -> TABLE[0][0] = 0, 1 -> TABLE[0][1] = 3,
 * 2 -> TABLE[3][2] = 5: the check digit is 5, and 00125 checks as TABLE[5][5] = 0.
 */
public final class Damm {

    /** The quasigroup of Damm's thesis (and of every published implementation); row = interim, column = digit. */
    private static final int[][] TABLE = {
        {0, 3, 1, 7, 5, 9, 8, 6, 4, 2},
        {7, 0, 9, 2, 1, 5, 4, 8, 6, 3},
        {4, 2, 0, 6, 8, 7, 1, 3, 5, 9},
        {1, 7, 5, 0, 9, 8, 3, 4, 2, 6},
        {6, 1, 2, 3, 0, 4, 5, 9, 7, 8},
        {3, 6, 7, 4, 2, 0, 9, 5, 8, 1},
        {5, 8, 6, 9, 7, 2, 0, 1, 3, 4},
        {8, 9, 4, 5, 3, 6, 2, 0, 1, 7},
        {9, 4, 3, 8, 6, 1, 7, 2, 0, 5},
        {2, 5, 8, 1, 4, 3, 6, 7, 9, 0},
    };

    private Damm() {
    }

    /** The check digit of a string of decimal digits. */
    public static int checkDigit(CharSequence digits) {
        int interim = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not a decimal digit at " + i + ": " + digits);
            }
            interim = TABLE[interim][c - '0'];
        }
        return interim;
    }

    /** True when the last digit is the check digit of the ones before it. */
    public static boolean isValid(CharSequence digitsWithCheck) {
        return digitsWithCheck.length() > 1 && checkDigit(digitsWithCheck) == 0;
    }
}
