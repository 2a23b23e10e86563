package dev.showroom.platform.events;

/** The event cannot be applied however often it is retried: it goes to the dead-letter topic. */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }

    public PoisonEventException(String message) {
        super(message);
    }
}
