package dev.showroom.lead.intake.importing;

/** The file as a whole cannot be read: nothing of it is imported. */
public class MalformedFileException extends RuntimeException {
    public MalformedFileException(String message) {
        super(message, null, false, false);
    }
}
