package dev.showroom.suite;

/** A failure the launcher explains to the user in one message (no stack trace). */
public class SuiteException extends RuntimeException {
    public SuiteException(String message) {
        super(message);
    }

    public SuiteException(String message, Throwable cause) {
        super(message, cause);
    }
}
