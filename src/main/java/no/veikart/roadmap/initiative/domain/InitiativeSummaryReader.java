package no.veikart.roadmap.initiative.domain;

import java.util.Collection;
import java.util.function.Consumer;

/** The portfolio read model's read side: one row per initiative, streamed without keeping them. */
public interface InitiativeSummaryReader {
    /** The rows of the initiatives in {@code projectKeys}. */
    void inProjects(Collection<String> projectKeys, Consumer<InitiativeSummary> sink);

    /** The rows of the initiatives whose Jira issue is one of {@code issueIds} (a saved filter's issues). */
    void ofIssues(Collection<Long> issueIds, Consumer<InitiativeSummary> sink);
}
