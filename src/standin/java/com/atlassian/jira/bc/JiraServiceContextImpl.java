package com.atlassian.jira.bc;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it; jira-api {@code bc/JiraServiceContextImpl.java} (constructor with the user and a new empty error
 * collection). The error collection here is the stand-in's own; Jira's is a SimpleErrorCollection.
 */
public class JiraServiceContextImpl implements JiraServiceContext {
    private final ApplicationUser user;
    private final ErrorCollection errors = new ErrorCollection() {
        private final List<String> messages = new ArrayList<>();
        private final Map<String, String> fieldErrors = new LinkedHashMap<>();

        @Override
        public boolean hasAnyErrors() {
            return !messages.isEmpty() || !fieldErrors.isEmpty();
        }

        @Override
        public Collection<String> getErrorMessages() {
            return messages;
        }

        @Override
        public Map<String, String> getErrors() {
            return fieldErrors;
        }
    };

    public JiraServiceContextImpl(ApplicationUser user) {
        this.user = user;
    }

    @Override
    public ErrorCollection getErrorCollection() {
        return errors;
    }

    @Override
    public ApplicationUser getLoggedInApplicationUser() {
        return user;
    }
}
