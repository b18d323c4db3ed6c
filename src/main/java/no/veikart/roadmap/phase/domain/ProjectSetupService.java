package no.veikart.roadmap.phase.domain;

import no.veikart.roadmap.common.domain.AccessControl;
import java.util.LinkedHashSet;
import java.util.Set;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;

/** Jira administrators prepare a project for roadmap issues: issue types for every phase of every template. */
public class ProjectSetupService {
    private final ProjectSetup setup;
    private final TemplateService templates;
    private final AccessControl access;

    public ProjectSetupService(ProjectSetup setup, TemplateService templates, AccessControl access) {
        this.setup = setup;
        this.templates = templates;
        this.access = access;
    }

    public ProjectSetup.Report setUp(Actor actor, String projectKey) {
        if (actor == null) {
            throw new RoadmapException.NotAuthenticated();
        }
        if (!access.isJiraAdmin(actor)) {
            access.refused(actor, AccessControl.ADMINISTER, projectKey);
            throw new RoadmapException.Forbidden();
        }
        if (projectKey == null || projectKey.isBlank()) {
            throw new RoadmapException.Invalid(FieldError.of("projectKey", "roadmap.error.required", "roadmap.field.projectKey"));
        }
        if (!access.canBrowseProject(actor, projectKey)) {
            throw new RoadmapException.NotFound();
        }
        Set<String> phaseKeys = new LinkedHashSet<>();
        templates.list(actor).forEach(t -> t.phases().forEach(p -> phaseKeys.add(p.key())));
        return setup.setUp(actor, projectKey, phaseKeys);
    }
}
