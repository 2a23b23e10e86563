package dev.showroom.platform.http;

/**
 * The limits of the website's forms, in one place: the gateway checks them before any service is
 * bothered, and lead-service, which stores what the form sends, checks them again. A limit changed
 * here changes both (annotation values must be constants, hence no configuration).
 */
public final class PublicFormRules {

    public static final int DEALER_ID_MAX = 64;
    /**
     * Letters, digits, {@code .}, {@code _} and {@code -}, but never the platform's reserved no-dealer
     * tenant {@code -} (CurrentDealer.NO_DEALER): a lead there would be one nobody can see.
     */
    public static final String DEALER_ID_PATTERN = "(?!-$)[A-Za-z0-9._-]+";

    public static final int NAME_MAX = 100;
    public static final int EMAIL_MAX = 254;
    public static final int MODEL_MAX = 100;
    /** With the preferred date it fits lead-service's 2,000-character contact note. */
    public static final int MESSAGE_MAX = 1000;

    private PublicFormRules() {}
}
