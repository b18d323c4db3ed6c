package no.veikart.roadmap.sandbox.jira;

import com.atlassian.jira.issue.customfields.CustomFieldSearcher;

/** A system searcher by its complete key; what it finds is decided by {@link SandboxJql}. */
public final class SandboxCustomFieldSearcher implements CustomFieldSearcher {

    private final String key;

    SandboxCustomFieldSearcher(String key) {
        this.key = key;
    }

    public String getKey() {
        return key;
    }

    @Override
    public String toString() {
        return key;
    }
}
