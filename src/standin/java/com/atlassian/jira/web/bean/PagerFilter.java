package com.atlassian.jira.web.bean;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it; jira-api {@code web/bean/PagerFilter.java} (constructor {@code (int start, int max)}, max -1 = unlimited).
 */
public class PagerFilter<T> {
    private final int start;
    private final int max;

    public PagerFilter(int start, int max) {
        this.start = start;
        this.max = max == -1 ? Integer.MAX_VALUE : max;
    }

    public int getStart() {
        return start;
    }

    public int getMax() {
        return max;
    }
}
