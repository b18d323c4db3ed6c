package no.veikart.roadmap.sandbox.jira;

import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Issue links between existing issues; creating the same link twice keeps one. */
public final class SandboxIssueLinkManager implements IssueLinkManager {

    private final JiraStore store;

    public SandboxIssueLinkManager(JiraStore store) {
        this.store = store;
    }

    @Override
    public void createIssueLink(Long sourceIssueId, Long destinationIssueId, Long issueLinkTypeId, Long sequence,
            ApplicationUser remoteUser) throws CreateException {
        String problem = store.write(d -> {
            if (JiraViews.issue(d, sourceIssueId).isEmpty() || JiraViews.issue(d, destinationIssueId).isEmpty()) {
                return "Source or destination issue does not exist";
            }
            if (d.linkTypes.stream().noneMatch(t -> issueLinkTypeId != null && t.id() == issueLinkTypeId)) {
                return "No issue link type with id " + issueLinkTypeId;
            }
            boolean exists = d.links.stream().anyMatch(l -> l.sourceId() == sourceIssueId
                    && l.destinationId() == destinationIssueId && l.linkTypeId() == issueLinkTypeId);
            if (!exists) {
                d.links.add(new JiraData.LinkRow(d.nextLinkId++, sourceIssueId, destinationIssueId, issueLinkTypeId,
                        sequence == null ? 0 : sequence));
            }
            return null;
        });
        if (problem != null) {
            throw new CreateException(problem);
        }
    }

    @Override
    public List<IssueLink> getOutwardLinks(Long sourceIssueId) {
        return store.read(d -> d.links.stream()
                .filter(l -> sourceIssueId != null && l.sourceId() == sourceIssueId)
                .sorted(Comparator.comparingLong(JiraData.LinkRow::sequence).thenComparingLong(JiraData.LinkRow::id))
                .map(SandboxIssueLink::new)
                .collect(Collectors.toList()));
    }

    @Override
    public List<IssueLink> getInwardLinks(Long destinationIssueId) {
        return store.read(d -> d.links.stream()
                .filter(l -> destinationIssueId != null && l.destinationId() == destinationIssueId)
                .sorted(Comparator.comparingLong(JiraData.LinkRow::id))
                .map(SandboxIssueLink::new)
                .collect(Collectors.toList()));
    }
}
