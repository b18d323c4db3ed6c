package com.atlassian.plugin;

/**
 * Stand-in, compile-only, never bundled. Mirrors atlassian-plugins-core PluginParseException (unchecked), thrown by web fragment init methods.
 */
public class PluginParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PluginParseException(String message) {
        super(message);
    }
}
