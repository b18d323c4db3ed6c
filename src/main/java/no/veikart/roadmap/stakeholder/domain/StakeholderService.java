package no.veikart.roadmap.stakeholder.domain;

import no.veikart.roadmap.initiative.domain.InitiativeGuard;
import no.veikart.roadmap.initiative.domain.InitiativeLookup;
import no.veikart.roadmap.initiative.domain.InitiativeRef;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.veikart.roadmap.common.domain.AccessControl;
import no.veikart.roadmap.initiative.domain.DataChanges;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.AuditEvent;
import no.veikart.roadmap.common.domain.AuditLog;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;

/**
 * Use cases of the anchoring tool. Permissions are those of the initiative issue: browse to read, edit to change.
 * Checks run in this order: 401 without an actor; 404 for an unknown key, an issue the actor cannot browse, or a
 * stakeholder of another initiative; 403 without edit; then 400 for bad input; then 409 for a stale version.
 */
public class StakeholderService {
    /** Keeps the panel and the export usable; far above what an anchoring plan needs. */
    public static final int MAX_PER_INITIATIVE = 500;
    public static final String TOO_MANY = "roadmap.stakeholder.error.tooMany";

    private final StakeholderRepository repository;
    private final InitiativeLookup initiatives;
    private final AccessControl access;
    private final Clock clock;
    private final InitiativeGuard guard;
    private final AuditLog audit;
    private final DataChanges changes;
    private final StakeholderValidator validator = new StakeholderValidator();

    public StakeholderService(StakeholderRepository repository, InitiativeLookup initiatives, AccessControl access,
            Clock clock, AuditLog audit) {
        this(repository, initiatives, access, clock, audit, DataChanges.NONE);
    }

    /** {@code changes} hears of every change that moves the portfolio's figures. */
    public StakeholderService(StakeholderRepository repository, InitiativeLookup initiatives, AccessControl access,
            Clock clock, AuditLog audit, DataChanges changes) {
        this.changes = changes;
        this.repository = repository;
        this.initiatives = initiatives;
        this.access = access;
        this.guard = new InitiativeGuard(initiatives, access);
        this.clock = clock;
        this.audit = audit;
    }

    /** The stakeholders in {@code order}, the coverage for the current phase, and whether the actor may edit. */
    public StakeholderOverview overview(Actor actor, String issueKey, StakeholderSorting.Order order) {
        InitiativeRef ref = guard.browsable(actor, issueKey);
        List<Stakeholder> list = StakeholderSorting.sort(repository.findByInitiative(ref.initiativeId()),
                order == null ? StakeholderSorting.Order.LEVEL : order, actor.locale());
        Coverage coverage = AnchoringCoverage.evaluate(list, ref, today());
        return new StakeholderOverview(ref, list, coverage, access.canEditIssue(actor, ref.issueId()));
    }

    /** The initiative behind an issue key the actor may browse (404 otherwise). */
    public InitiativeRef initiative(Actor actor, String issueKey) {
        return guard.browsable(actor, issueKey);
    }

    public Stakeholder get(Actor actor, String issueKey, long stakeholderId) {
        InitiativeRef ref = guard.browsable(actor, issueKey);
        return stakeholderOf(ref, stakeholderId);
    }

    public Stakeholder create(Actor actor, String issueKey, StakeholderDraft draft) {
        InitiativeRef ref = guard.editable(actor, issueKey);
        Stakeholder valid = validator.validateNew(draft, ref.initiativeId(), ref.phaseKeys());
        if (repository.countByInitiative(ref.initiativeId()) >= MAX_PER_INITIATIVE) {
            throw new RoadmapException.Conflict(FieldError.of(null, TOO_MANY, MAX_PER_INITIATIVE));
        }
        Stakeholder created = repository.create(valid);
        changes.changed();
        return created;
    }

    /** Replaces the stakeholder's fields; {@code draft.version()} is required and must be the stored one. */
    public Stakeholder update(Actor actor, String issueKey, long stakeholderId, StakeholderDraft draft) {
        InitiativeRef ref = guard.editable(actor, issueKey);
        Stakeholder current = stakeholderOf(ref, stakeholderId);
        Stakeholder valid = validator.validateChange(draft, current, ref.phaseKeys());
        long expected = draft.version();
        checkVersion(current, expected);
        Stakeholder updated = repository.update(valid, expected);
        changes.changed();
        return updated;
    }

    /** Sets (or, with a blank status, clears) the status of one phase: the panel's per-phase control. */
    public Stakeholder setStatus(Actor actor, String issueKey, long stakeholderId, String phaseKey, String status,
            Long expectedVersion) {
        InitiativeRef ref = guard.editable(actor, issueKey);
        Stakeholder current = stakeholderOf(ref, stakeholderId);
        Stakeholder changed = validator.validateStatus(current, phaseKey, status, ref.phaseKeys());
        long expected = expectedVersion == null ? current.version() : expectedVersion;
        checkVersion(current, expected);
        Stakeholder updated = repository.update(changed, expected);
        changes.changed();
        return updated;
    }

    /**
     * Deletes the stakeholder with its contact log. {@code expectedVersion} null deletes whatever is stored
     * (DELETE often carries no body); otherwise it must be the stored version.
     */
    public void delete(Actor actor, String issueKey, long stakeholderId, Long expectedVersion) {
        InitiativeRef ref = guard.editable(actor, issueKey);
        Stakeholder current = stakeholderOf(ref, stakeholderId);
        long expected = expectedVersion == null ? current.version() : expectedVersion;
        checkVersion(current, expected);
        repository.delete(current.id(), expected);
        changes.changed();
        audit.record(AuditEvent.of("stakeholder.delete", actor, "stakeholder", current.id(), ref.issueKey())
                .with("version", expected));
    }

    /**
     * Everything stored about the stakeholder as a person, for a request under GDPR article 15: editors only (the
     * people who keep the anchoring plan), and the export is audited.
     */
    public PersonalData personalData(Actor actor, String issueKey, long stakeholderId) {
        InitiativeRef ref = guard.editable(actor, issueKey);
        Stakeholder s = stakeholderOf(ref, stakeholderId);
        List<ContactLogEntry> log = contacts(s);
        audit.record(AuditEvent.of("stakeholder.personalData.export", actor, "stakeholder", s.id(), ref.issueKey())
                .with("contacts", log.size()));
        return new PersonalData(ref, s, log, actor.userKey(), clock.instant());
    }

    /**
     * Erases the stakeholder's personal data on request (GDPR article 17): name, effect, notes and the text of every
     * contact log entry go; what the anchoring figures count (level, attitudes, scales, involvement, statuses, dates)
     * stays, so coverage and warnings do not change. {@code expectedVersion} null erases whatever is stored.
     */
    public Stakeholder erase(Actor actor, String issueKey, long stakeholderId, Long expectedVersion) {
        InitiativeRef ref = guard.editable(actor, issueKey);
        Stakeholder current = stakeholderOf(ref, stakeholderId);
        long expected = expectedVersion == null ? current.version() : expectedVersion;
        checkVersion(current, expected);
        Stakeholder erased = repository.erase(current.anonymised(), Stakeholder.ERASED, expected);
        audit.record(AuditEvent.of("stakeholder.erase", actor, "stakeholder", erased.id(), ref.issueKey())
                .with("version", erased.version()));
        return erased;
    }

    /** Logs a contact and brings the stakeholder's last and next contact up to date (see the validator). */
    public ContactLogged logContact(Actor actor, String issueKey, long stakeholderId, ContactLogDraft draft) {
        InitiativeRef ref = guard.editable(actor, issueKey);
        Stakeholder current = stakeholderOf(ref, stakeholderId);
        StakeholderValidator.ValidContact valid = validator.validateContact(draft, current, ref.phaseKeys(),
                ref.currentPhase(), today(), actor);
        return repository.addContact(valid.entry(), valid.stakeholder(), current.version());
    }

    /** The stakeholder's contact log, newest first. */
    public List<ContactLogEntry> contacts(Actor actor, String issueKey, long stakeholderId) {
        InitiativeRef ref = guard.browsable(actor, issueKey);
        return contacts(stakeholderOf(ref, stakeholderId));
    }

    private List<ContactLogEntry> contacts(Stakeholder s) {
        List<ContactLogEntry> log = new ArrayList<>(repository.findContacts(s.id()));
        log.sort(Comparator.comparing(ContactLogEntry::date).thenComparingLong(ContactLogEntry::id).reversed());
        return List.copyOf(log);
    }

    /**
     * The stakeholders of the given projects' initiatives, only what the actor may see: projects it cannot browse
     * and initiative issues it cannot browse are left out silently (as Jira's own searches do). Ordered by project
     * key as given, initiative key, then level and name.
     */
    public List<StakeholderExportRow> export(Actor actor, Collection<String> projectKeys) {
        List<InitiativeRef> refs = guard.browsableInProjects(actor, projectKeys);
        if (refs.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Stakeholder>> byInitiative = repository.findByInitiatives(refs.stream().map(InitiativeRef::initiativeId).toList())
                .stream().collect(Collectors.groupingBy(Stakeholder::initiativeId));
        Comparator<Stakeholder> order = StakeholderSorting.byLevel(actor.locale());
        List<StakeholderExportRow> rows = new ArrayList<>();
        for (InitiativeRef ref : refs) {
            byInitiative.getOrDefault(ref.initiativeId(), List.of()).stream().sorted(order)
                    .map(s -> new StakeholderExportRow(ref, s)).forEach(rows::add);
        }
        return List.copyOf(rows);
    }

    /**
     * The coverage of each initiative from export rows, e.g. for the portfolio's anchoring figures; an initiative
     * without rows gets the coverage of an empty list. Keeps the order of {@code initiatives}.
     */
    public static Map<InitiativeRef, Coverage> coverageByInitiative(List<StakeholderExportRow> rows,
            Collection<InitiativeRef> initiatives, LocalDate today) {
        Map<Long, List<Stakeholder>> byId = rows.stream().collect(Collectors.groupingBy(r -> r.initiative().initiativeId(),
                Collectors.mapping(StakeholderExportRow::stakeholder, Collectors.toList())));
        return initiatives.stream().collect(Collectors.toMap(Function.identity(),
                r -> AnchoringCoverage.evaluate(byId.getOrDefault(r.initiativeId(), List.of()), r, today),
                (a, b) -> a, LinkedHashMap::new));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private Stakeholder stakeholderOf(InitiativeRef ref, long stakeholderId) {
        return repository.find(stakeholderId)
                .filter(s -> s.initiativeId() == ref.initiativeId())
                .orElseThrow(RoadmapException.NotFound::new);
    }

    private static void checkVersion(Stakeholder current, long expected) {
        if (current.version() != expected) {
            throw RoadmapException.Conflict.staleVersion();
        }
    }

}
