package com.atlassian.templaterenderer;

/**
 * Stand-in, compile-only, never bundled. Mirrors atlassian-template-renderer-api RenderingException (extends RuntimeException); ATR 6.3.0 ships with Jira 11.3.
 */
public class RenderingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RenderingException(Throwable cause) {
        super(cause);
    }

    public RenderingException(String message) {
        super(message);
    }
}
