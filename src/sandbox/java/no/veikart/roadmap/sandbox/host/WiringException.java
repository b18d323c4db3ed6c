package no.veikart.roadmap.sandbox.host;

/** A bean or module class the sandbox could not build; the message says what Jira would have complained about. */
public final class WiringException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WiringException(String message) {
        super(message);
    }

    public WiringException(String message, Throwable cause) {
        super(message, cause);
    }
}
