package no.veikart.roadmap.phase.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import no.veikart.roadmap.common.domain.Actor;

/** Creates and finds the roadmap issue types, the phase link type and a project's issue type scheme entries. */
public interface ProjectSetup {
    /** Idempotent: creates only what is missing and reports what it created. */
    Report setUp(Actor actor, String projectKey, Collection<String> phaseKeys);

    /** The roadmap issue types, if the project has been set up for all of {@code phaseKeys}. */
    Optional<RoadmapIssueTypes> issueTypes(String projectKey, Collection<String> phaseKeys);

    /**
     * @param created how many issue types, link types and fields this call created
     * @param searchFields names of the searchable gain fields the project now has
     * @param gainsField name of the "Gains" field (the plugin's own calculated type) on the project's initiatives
     */
    record Report(List<String> issueTypes, int created, List<String> searchFields, String gainsField) {
        public Report {
            issueTypes = List.copyOf(issueTypes);
            searchFields = List.copyOf(searchFields);
        }

        public Report(List<String> issueTypes, int created) {
            this(issueTypes, created, List.of(), null);
        }
    }
}
