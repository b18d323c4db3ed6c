package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import java.util.Map;

/**
 * Stand-in, compile-only, never bundled. Mirrors atlassian-plugins-webfragment ContextProvider (init + getContextMap), implemented by many public Jira plugins; still the web-panel contract in Jira 11 (testit-tms/jira-plugin).
 */
public interface ContextProvider {
    void init(Map<String, String> params) throws PluginParseException;

    Map<String, Object> getContextMap(Map<String, Object> context);
}
