package no.veikart.roadmap.leader.domain;

import java.util.Set;
import no.veikart.roadmap.common.domain.Actor;

/** Jira's groups, as leader access needs them. */
public interface LeaderGroups {
    boolean exists(String group);

    /** The names of the groups {@code actor} belongs to, lower case. */
    Set<String> of(Actor actor);
}
