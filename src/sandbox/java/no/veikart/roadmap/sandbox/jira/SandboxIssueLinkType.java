package no.veikart.roadmap.sandbox.jira;

import com.atlassian.jira.issue.link.IssueLinkType;

/** Immutable link type snapshot. */
public final class SandboxIssueLinkType implements IssueLinkType {

    private final JiraData.LinkTypeRow row;

    SandboxIssueLinkType(JiraData.LinkTypeRow row) {
        this.row = row;
    }

    @Override
    public Long getId() {
        return row.id();
    }

    @Override
    public String getName() {
        return row.name();
    }

    @Override
    public String getOutward() {
        return row.outward();
    }

    @Override
    public String getInward() {
        return row.inward();
    }

    public String getStyle() {
        return row.style();
    }
}
