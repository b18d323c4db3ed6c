package no.veikart.roadmap.portfolio.domain;

import java.util.Optional;
import java.util.Set;
import no.veikart.roadmap.common.domain.Actor;

/**
 * Jira's saved filters, as the portfolio needs them: which issues a filter selects for the caller. The search runs
 * with the caller's permissions (issue security included), so what comes back is already what they may see.
 */
public interface SavedFilters {
    /**
     * The issues {@code filterId} selects for {@code actor}, at most {@code limit} of them; empty when the filter
     * does not exist or is not shared with the actor. When more issues match, {@link Matches#total()} says how many
     * and {@link Matches#issueIds()} is incomplete.
     */
    Optional<Matches> matches(Actor actor, long filterId, int limit);

    /** The filter's name and the issues it selects, with their projects. */
    record Matches(long filterId, String name, Set<Long> issueIds, Set<String> projectKeys, int total) {
        public Matches {
            issueIds = Set.copyOf(issueIds);
            projectKeys = Set.copyOf(projectKeys);
        }

        public boolean complete() {
            return total <= issueIds.size();
        }
    }
}
