package no.veikart.roadmap.phase.domain;

import no.veikart.roadmap.common.domain.AccessControl;
import java.util.List;
import java.util.Optional;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.RoadmapException;

/** Use cases of roadmap templates: everyone logged in reads them, Jira administrators change them. */
public class TemplateService {
    private final TemplateRepository repository;
    private final AccessControl access;
    private final TemplateValidator validator = new TemplateValidator();

    public TemplateService(TemplateRepository repository, AccessControl access) {
        this.repository = repository;
        this.access = access;
    }

    public List<RoadmapTemplate> list(Actor actor) {
        requireActor(actor);
        builtIn();
        return repository.findAll();
    }

    public RoadmapTemplate get(Actor actor, long id) {
        requireActor(actor);
        builtIn();
        return repository.find(id).orElseThrow(RoadmapException.NotFound::new);
    }

    public RoadmapTemplate create(Actor actor, TemplateDraft draft) {
        requireAdmin(actor);
        return repository.create(validator.validate(draft, 0, 0));
    }

    /** Built-in templates can be edited too (names, order, mandatory flags); they stay the default. */
    public RoadmapTemplate update(Actor actor, long id, TemplateDraft draft, long expectedVersion) {
        requireAdmin(actor);
        RoadmapTemplate existing = repository.find(id).orElseThrow(RoadmapException.NotFound::new);
        RoadmapTemplate validated = validator.validate(draft, id, expectedVersion, existing.builtIn());
        RoadmapTemplate replacement = new RoadmapTemplate(id, validated.name(), existing.builtIn(), expectedVersion, validated.phases());
        return repository.update(replacement, expectedVersion);
    }

    public RoadmapTemplate builtIn() {
        return repository.ensureBuiltIn(DefaultTemplate.create());
    }

    public Optional<RoadmapTemplate> find(long id) {
        return repository.find(id);
    }

    private void requireAdmin(Actor actor) {
        requireActor(actor);
        if (!access.isJiraAdmin(actor)) {
            access.refused(actor, AccessControl.ADMINISTER, "templates");
            throw new RoadmapException.Forbidden();
        }
    }

    private static void requireActor(Actor actor) {
        if (actor == null) {
            throw new RoadmapException.NotAuthenticated();
        }
    }
}
