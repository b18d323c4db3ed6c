package no.veikart.roadmap.sandbox.jira;

import com.atlassian.jira.issue.customfields.option.Option;

/** A select list option snapshot. */
public record SandboxOption(long id, long configId, long sequence, String value) implements Option {

    static SandboxOption of(JiraData.OptionRow row) {
        return new SandboxOption(row.id(), row.configId(), row.sequence(), row.value());
    }

    @Override
    public Long getOptionId() {
        return id;
    }

    @Override
    public String getValue() {
        return value;
    }
}
