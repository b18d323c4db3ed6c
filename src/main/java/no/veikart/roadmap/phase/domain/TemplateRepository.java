package no.veikart.roadmap.phase.domain;

import java.util.List;
import java.util.Optional;

/** Stored roadmap templates. */
public interface TemplateRepository {
    List<RoadmapTemplate> findAll();

    Optional<RoadmapTemplate> find(long id);

    /** Stores the built-in template the first time and returns the stored one ever after (idempotent, cluster-safe). */
    RoadmapTemplate ensureBuiltIn(RoadmapTemplate builtIn);

    RoadmapTemplate create(RoadmapTemplate template);

    /** Replaces a template; {@link no.veikart.roadmap.common.domain.RoadmapException.Conflict} when stale. */
    RoadmapTemplate update(RoadmapTemplate template, long expectedVersion);
}
