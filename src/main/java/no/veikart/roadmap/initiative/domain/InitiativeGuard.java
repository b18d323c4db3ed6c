package no.veikart.roadmap.initiative.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.veikart.roadmap.common.domain.AccessControl;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.RoadmapException;

/**
 * The permission rules every initiative-scoped use case shares (anchoring, gains): 401 without an actor, 404 for an
 * unknown issue or one the actor may not browse (keys cannot be probed), 403 without edit permission. Permissions are
 * always checked on the initiative issue, whichever of its phase or step issues the key names.
 */
public final class InitiativeGuard {
    private final InitiativeLookup initiatives;
    private final AccessControl access;

    public InitiativeGuard(InitiativeLookup initiatives, AccessControl access) {
        this.initiatives = initiatives;
        this.access = access;
    }

    public InitiativeRef browsable(Actor actor, String issueKey) {
        requireActor(actor);
        String key = issueKey == null || issueKey.isBlank() ? null : issueKey.strip();
        InitiativeRef ref = key == null ? null : initiatives.find(actor, key).orElse(null);
        if (ref == null) {
            throw new RoadmapException.NotFound();
        }
        if (!access.canBrowseIssue(actor, ref.issueId())) {
            access.refused(actor, AccessControl.BROWSE, ref.issueKey());
            throw new RoadmapException.NotFound();
        }
        return ref;
    }

    public InitiativeRef editable(Actor actor, String issueKey) {
        InitiativeRef ref = browsable(actor, issueKey);
        if (!access.canEditIssue(actor, ref.issueId())) {
            access.refused(actor, AccessControl.EDIT, ref.issueKey());
            throw new RoadmapException.Forbidden();
        }
        return ref;
    }

    /**
     * The initiatives of {@code projectKeys} the actor may see, ordered by project as given, then issue key: projects
     * and initiative issues it may not browse are left out silently, as Jira's own searches do.
     */
    public List<InitiativeRef> browsableInProjects(Actor actor, Collection<String> projectKeys) {
        requireActor(actor);
        Set<String> projects = new LinkedHashSet<>();
        for (String key : projectKeys == null ? List.<String>of() : projectKeys) {
            if (key != null && !key.isBlank()) {
                projects.add(key.strip());
            }
        }
        List<InitiativeRef> refs = new ArrayList<>();
        for (String project : projects) {
            if (access.canBrowseProject(actor, project)) {
                initiatives.findInProject(actor, project).stream()
                        .filter(r -> access.canBrowseIssue(actor, r.issueId()))
                        .sorted(Comparator.comparing(InitiativeRef::issueKey, InitiativeGuard::compareIssueKeys))
                        .forEach(refs::add);
            }
        }
        return refs;
    }

    public static void requireActor(Actor actor) {
        if (actor == null) {
            throw new RoadmapException.NotAuthenticated();
        }
    }

    /** DEMO-2 before DEMO-10; keys of different projects by text. */
    public static int compareIssueKeys(String a, String b) {
        int da = a.lastIndexOf('-');
        int db = b.lastIndexOf('-');
        if (da > 0 && da == db && a.regionMatches(0, b, 0, da)) {
            try {
                return Long.compare(Long.parseLong(a.substring(da + 1)), Long.parseLong(b.substring(db + 1)));
            } catch (NumberFormatException e) {
                return a.compareTo(b);
            }
        }
        return a.compareTo(b);
    }
}
