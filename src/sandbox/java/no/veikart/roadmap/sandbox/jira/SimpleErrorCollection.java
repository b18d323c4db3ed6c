package no.veikart.roadmap.sandbox.jira;

import com.atlassian.jira.util.ErrorCollection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Field errors plus general messages, like Jira's SimpleErrorCollection. */
public final class SimpleErrorCollection implements ErrorCollection {

    private final Map<String, String> errors = new LinkedHashMap<>();
    private final List<String> messages = new ArrayList<>();

    public void addError(String field, String message) {
        errors.put(field, message);
    }

    public void addErrorMessage(String message) {
        messages.add(message);
    }

    @Override
    public boolean hasAnyErrors() {
        return !errors.isEmpty() || !messages.isEmpty();
    }

    @Override
    public Collection<String> getErrorMessages() {
        return Collections.unmodifiableList(messages);
    }

    @Override
    public Map<String, String> getErrors() {
        return Collections.unmodifiableMap(errors);
    }

    @Override
    public String toString() {
        return "Errors: " + errors + " Error Messages: " + messages;
    }
}
