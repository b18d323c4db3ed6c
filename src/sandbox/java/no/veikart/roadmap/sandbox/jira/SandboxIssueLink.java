package no.veikart.roadmap.sandbox.jira;

import com.atlassian.jira.issue.link.IssueLink;

/** Immutable issue link snapshot. */
public final class SandboxIssueLink implements IssueLink {

    private final JiraData.LinkRow row;

    SandboxIssueLink(JiraData.LinkRow row) {
        this.row = row;
    }

    @Override
    public Long getId() {
        return row.id();
    }

    @Override
    public Long getSourceId() {
        return row.sourceId();
    }

    @Override
    public Long getDestinationId() {
        return row.destinationId();
    }

    @Override
    public Long getLinkTypeId() {
        return row.linkTypeId();
    }

    public Long getSequence() {
        return row.sequence();
    }
}
