package no.veikart.roadmap.risk.domain;

import java.util.List;

/** Every Jira project's key: whose initiatives' "Risk level" fields a change of the matrix regions rewrites. */
@FunctionalInterface
public interface ProjectKeys {
    List<String> all();
}
