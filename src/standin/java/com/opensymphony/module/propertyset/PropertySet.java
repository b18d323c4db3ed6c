package com.opensymphony.module.propertyset;

/** Stand-in, compile-only, never bundled. OpenSymphony PropertySet; the plugin only passes it through. Imported by
 * Jira 11.0 workflow code (atlassian-slack-integration-server {@code postfunction/SlackPostFunction.java}). */
public interface PropertySet {
}
