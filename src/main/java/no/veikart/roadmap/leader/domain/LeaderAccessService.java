package no.veikart.roadmap.leader.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import no.veikart.roadmap.common.domain.AccessControl;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.AuditEvent;
import no.veikart.roadmap.common.domain.AuditLog;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.gain.domain.GainFigures;
import no.veikart.roadmap.initiative.domain.InitiativeSummaryReader;
import no.veikart.roadmap.phase.domain.StandardPhase;

/**
 * Leader access (docs/reporting.md): an administrator names the groups whose members may read aggregated figures of
 * the projects that opted in, without browse permission. They get counts and sums only ({@link AggregatePortfolio});
 * every read is audit-logged. Everyone else gets an empty aggregate here; leaders get nothing more anywhere else.
 */
public final class LeaderAccessService {
    public static final int MAX_GROUPS = 50;
    public static final int MAX_PROJECTS = 500;
    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}");
    private static final String NO_LIGHT = "NONE";

    private final LeaderAccessStore store;
    private final LeaderGroups groups;
    private final AccessControl access;
    private final InitiativeSummaryReader summaries;
    private final AuditLog audit;

    public LeaderAccessService(LeaderAccessStore store, LeaderGroups groups, AccessControl access,
            InitiativeSummaryReader summaries, AuditLog audit) {
        this.store = store;
        this.groups = groups;
        this.access = access;
        this.summaries = summaries;
        this.audit = audit;
    }

    public LeaderAccessSettings settings(Actor actor) {
        requireAdmin(actor);
        return store.load();
    }

    /** Replaces the groups and projects; unknown groups are refused (400), a stale version too (409). */
    public LeaderAccessSettings update(Actor actor, List<String> groupNames, List<String> projectKeys, Long version) {
        requireAdmin(actor);
        List<FieldError> errors = new ArrayList<>();
        if (version == null) {
            errors.add(FieldError.of("version", "roadmap.error.required", "version"));
        }
        Set<String> cleanGroups = new LinkedHashSet<>();
        for (String g : groupNames == null ? List.<String>of() : groupNames) {
            String name = g == null ? "" : g.strip();
            if (name.isEmpty() || name.length() > 255 || !groups.exists(name)) {
                errors.add(FieldError.of("groups", "roadmap.leader.error.group", name));
                break;
            }
            cleanGroups.add(name);
        }
        Set<String> cleanProjects = new LinkedHashSet<>();
        for (String p : projectKeys == null ? List.<String>of() : projectKeys) {
            String key = p == null ? "" : p.strip().toUpperCase(Locale.ROOT);
            if (!PROJECT_KEY.matcher(key).matches()) {
                errors.add(FieldError.of("projects", "roadmap.portfolio.error.projectKey", p == null ? "" : p.strip()));
                break;
            }
            cleanProjects.add(key);
        }
        if (cleanGroups.size() > MAX_GROUPS) {
            errors.add(FieldError.of("groups", "roadmap.leader.error.tooManyGroups", MAX_GROUPS));
        }
        if (cleanProjects.size() > MAX_PROJECTS) {
            errors.add(FieldError.of("projects", "roadmap.portfolio.error.tooManyProjects", MAX_PROJECTS));
        }
        if (!errors.isEmpty()) {
            throw new RoadmapException.Invalid(errors);
        }
        LeaderAccessSettings saved = store.save(List.copyOf(cleanGroups), List.copyOf(cleanProjects), version);
        audit.record(AuditEvent.of("leaderAccess.update", actor, "leaderAccess", saved.version(), null)
                .with("groups", String.join(",", saved.groups())).with("projects", String.join(",", saved.projects())));
        return saved;
    }

    /** Whether {@code actor} is in a leader group (the gadget asks before it shows the aggregate). */
    public boolean isLeader(Actor actor) {
        if (actor == null) {
            return false;
        }
        LeaderAccessSettings s = store.load();
        Set<String> mine = groups.of(actor);
        return s.groups().stream().anyMatch(g -> mine.contains(g.toLowerCase(Locale.ROOT)));
    }

    /**
     * The aggregate of the opted-in projects among {@code projectKeys} (none = all opted in). 401 anonymous; outside
     * the leader groups an empty aggregate (no projects, nothing counted): the gadget asks for every user who may
     * browse none of its projects, and a 403 there would only fill their browser console. Audit-logged with the
     * projects read when a leader reads.
     */
    public AggregatePortfolio aggregate(Actor actor, List<String> projectKeys) {
        if (actor == null) {
            throw new RoadmapException.NotAuthenticated();
        }
        if (!isLeader(actor)) {
            return new AggregatePortfolio(List.of(), 0, List.of(), List.of(), List.of(), List.of(), BigDecimal.ZERO,
                    BigDecimal.ZERO);
        }
        List<String> shared = store.load().projects();
        List<String> projects = projectKeys.isEmpty() ? shared : projectKeys.stream().filter(shared::contains).toList();
        Map<String, Integer> phases = new TreeMap<>();
        Map<String, Integer> statuses = new TreeMap<>();
        Map<String, Integer> lights = new TreeMap<>();
        Map<String, BigDecimal[]> money = new TreeMap<>();
        BigDecimal[] hours = {BigDecimal.ZERO, BigDecimal.ZERO};
        int[] initiatives = {0};
        if (!projects.isEmpty()) {
            summaries.inProjects(projects, row -> {
                initiatives[0]++;
                phases.merge(String.valueOf(row.currentPhase()), 1, Integer::sum);
                statuses.merge(String.valueOf(row.status()), 1, Integer::sum);
                lights.merge(row.statusReportColour() == null ? NO_LIGHT : row.statusReportColour(), 1, Integer::sum);
                for (GainFigures.Money m : GainFigures.parseMoney(row.gainMoney())) {
                    BigDecimal[] sums = money.computeIfAbsent(m.currency().name(),
                            c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                    sums[0] = sums[0].add(m.planned());
                    sums[1] = sums[1].add(m.realised());
                }
                for (GainFigures.Hours h : GainFigures.parseHours(row.gainHours())) {
                    hours[0] = hours[0].add(h.planned());
                    hours[1] = hours[1].add(h.realised());
                }
            });
        }
        audit.record(AuditEvent.of("leaderAccess.read", actor, "portfolioAggregate", null, null)
                .with("projects", String.join(",", projects)));
        return new AggregatePortfolio(projects, initiatives[0], counts(phaseOrder(phases)), counts(statuses),
                counts(lights), money.entrySet().stream()
                        .map(e -> new AggregatePortfolio.Money(e.getKey(), e.getValue()[0], e.getValue()[1])).toList(),
                hours[0], hours[1]);
    }

    /** The six standard phases in roadmap order, then the phases of edited templates. */
    private static Map<String, Integer> phaseOrder(Map<String, Integer> phases) {
        Map<String, Integer> ordered = new java.util.LinkedHashMap<>();
        for (StandardPhase p : StandardPhase.values()) {
            if (phases.containsKey(p.name())) {
                ordered.put(p.name(), phases.get(p.name()));
            }
        }
        phases.forEach(ordered::putIfAbsent);
        return ordered;
    }

    private static List<AggregatePortfolio.Count> counts(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(e -> new AggregatePortfolio.Count(e.getKey(), e.getValue())).toList();
    }

    private void requireAdmin(Actor actor) {
        if (actor == null) {
            throw new RoadmapException.NotAuthenticated();
        }
        if (!access.isJiraAdmin(actor)) {
            access.refused(actor, AccessControl.ADMINISTER, "leader-access");
            throw new RoadmapException.Forbidden();
        }
    }
}
