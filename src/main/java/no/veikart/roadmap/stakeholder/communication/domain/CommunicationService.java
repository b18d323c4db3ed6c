package no.veikart.roadmap.stakeholder.communication.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.veikart.roadmap.common.domain.AccessControl;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.AuditEvent;
import no.veikart.roadmap.common.domain.AuditLog;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.common.domain.Texts;
import no.veikart.roadmap.initiative.domain.InitiativeGuard;
import no.veikart.roadmap.initiative.domain.InitiativeLookup;
import no.veikart.roadmap.initiative.domain.InitiativeRef;
import no.veikart.roadmap.stakeholder.domain.ContactLogDraft;
import no.veikart.roadmap.stakeholder.domain.ContactLogged;
import no.veikart.roadmap.stakeholder.domain.Stakeholder;
import no.veikart.roadmap.stakeholder.domain.StakeholderRepository;
import no.veikart.roadmap.stakeholder.domain.StakeholderService;

/**
 * Use cases of the communication plan, with the anchoring tool's permissions: browse to read, edit to change.
 * Checks run in this order: 401; 404 for an unknown or hidden initiative or an entry of another one; 403 without
 * edit; 400 for bad input; 409 for a stale version (or an entry that cannot be logged).
 */
public class CommunicationService {
    /** Far above what a plan needs; keeps the panel usable. */
    public static final int MAX_PER_INITIATIVE = 500;
    public static final String TOO_MANY = "roadmap.communication.error.tooMany";
    public static final String NOT_DONE = "roadmap.communication.error.logNotDone";
    public static final String NOT_A_STAKEHOLDER = "roadmap.communication.error.logNeedsStakeholder";
    public static final String STAKEHOLDER_REMOVED = "roadmap.communication.error.stakeholderRemoved";
    public static final String ALREADY_LOGGED = "roadmap.communication.error.alreadyLogged";

    private final CommunicationRepository repository;
    private final StakeholderRepository stakeholders;
    private final StakeholderService anchoring;
    private final InitiativeGuard guard;
    private final AccessControl access;
    private final Texts texts;
    private final Clock clock;
    private final AuditLog audit;
    private final CommunicationValidator validator = new CommunicationValidator();

    public CommunicationService(CommunicationRepository repository, StakeholderRepository stakeholders, StakeholderService anchoring,
            InitiativeLookup initiatives, AccessControl access, Texts texts, Clock clock, AuditLog audit) {
        this.repository = repository;
        this.stakeholders = stakeholders;
        this.anchoring = anchoring;
        this.guard = new InitiativeGuard(initiatives, access);
        this.access = access;
        this.texts = texts;
        this.clock = clock;
        this.audit = audit;
    }

    public CommunicationPlan plan(Actor actor, String issueKey) {
        InitiativeRef ref = guard.browsable(actor, issueKey);
        Map<Long, Stakeholder> byId = stakeholdersOf(ref);
        List<Communication> entries = repository.findByInitiative(ref.initiativeId()).stream().sorted(CommunicationRules.ORDER).toList();
        return new CommunicationPlan(ref, entries,
                CommunicationRules.warnings(entries, byId, ref.phaseKeys(), ref.currentPhase(), today()), byId,
                access.canEditIssue(actor, ref.issueId()));
    }

    public Communication get(Actor actor, String issueKey, long id) {
        return entryOf(guard.browsable(actor, issueKey), id);
    }

    public Communication create(Actor actor, String issueKey, CommunicationDraft draft) {
        InitiativeRef ref = guard.editable(actor, issueKey);
        Communication valid = validator.validate(draft, ref.initiativeId(), stakeholdersOf(ref).keySet(), 0, null, 0);
        if (repository.countByInitiative(ref.initiativeId()) >= MAX_PER_INITIATIVE) {
            throw new RoadmapException.Conflict(FieldError.of(null, TOO_MANY, MAX_PER_INITIATIVE));
        }
        return repository.create(valid);
    }

    /** Replaces the entry's fields; {@code draft.version()} must be the stored one (required). */
    public Communication update(Actor actor, String issueKey, long id, CommunicationDraft draft) {
        InitiativeRef ref = guard.editable(actor, issueKey);
        Communication current = entryOf(ref, id);
        Communication valid = validator.validate(draft, ref.initiativeId(), stakeholdersOf(ref).keySet(), id, current.contactLogId(),
                current.version());
        if (draft.version() == null) {
            throw new RoadmapException.Invalid(FieldError.of("version", "roadmap.error.required", "roadmap.field.version"));
        }
        checkVersion(current, draft.version());
        return repository.update(valid, draft.version());
    }

    /** {@code expectedVersion} null deletes whatever is stored (a DELETE often has no body). */
    public void delete(Actor actor, String issueKey, long id, Long expectedVersion) {
        InitiativeRef ref = guard.editable(actor, issueKey);
        Communication current = entryOf(ref, id);
        long expected = expectedVersion == null ? current.version() : expectedVersion;
        checkVersion(current, expected);
        repository.delete(id, expected);
        audit.record(AuditEvent.of("communication.delete", actor, "communication", id, ref.issueKey()).with("version", expected));
    }

    /**
     * Logs a done entry aimed at a stakeholder into that stakeholder's contact log (the anchoring tool's own use
     * case, so its rules and its version check apply) and links the two in one transaction. Refused with a 409 when
     * the entry is not done, is aimed at a whole level, or is logged already (the second click, or another node's).
     */
    public Logged logToContactLog(Actor actor, String issueKey, long id, Long expectedVersion) {
        InitiativeRef ref = guard.editable(actor, issueKey);
        Communication current = entryOf(ref, id);
        long expected = expectedVersion == null ? current.version() : expectedVersion;
        checkVersion(current, expected);
        if (current.logged()) {
            throw new RoadmapException.Conflict(FieldError.of(null, ALREADY_LOGGED));
        }
        if (current.status() != CommunicationStatus.DONE) {
            throw new RoadmapException.Conflict(FieldError.of("status", NOT_DONE));
        }
        if (current.stakeholderId() == null) {
            throw new RoadmapException.Conflict(FieldError.of("stakeholderId", NOT_A_STAKEHOLDER));
        }
        if (!stakeholdersOf(ref).containsKey(current.stakeholderId())) {
            throw new RoadmapException.Conflict(FieldError.of("stakeholderId", STAKEHOLDER_REMOVED));
        }
        String agreed = texts.text(actor.locale(), "roadmap.communication.logText",
                texts.text(actor.locale(), current.channel().labelKey()), current.message());
        ContactLogged[] contact = new ContactLogged[1];
        Communication linked = repository.linkContact(id, expected, () -> {
            contact[0] = anchoring.logContact(actor, issueKey, current.stakeholderId(),
                    new ContactLogDraft(current.date().toString(), null, agreed, null));
            return contact[0].entry().id();
        });
        audit.record(AuditEvent.of("communication.log", actor, "communication", id, ref.issueKey())
                .with("contact", linked.contactLogId()));
        return new Logged(linked, contact[0]);
    }

    /** A logged entry and the contact-log entry it became. */
    public record Logged(Communication entry, ContactLogged contact) {
    }

    /** The initiative's stakeholders by id (browse permission), to name an entry's audience. */
    public Map<Long, Stakeholder> stakeholders(Actor actor, String issueKey) {
        return stakeholdersOf(guard.browsable(actor, issueKey));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private Map<Long, Stakeholder> stakeholdersOf(InitiativeRef ref) {
        Map<Long, Stakeholder> byId = new LinkedHashMap<>();
        stakeholders.findByInitiative(ref.initiativeId()).forEach(s -> byId.put(s.id(), s));
        return byId;
    }

    private Communication entryOf(InitiativeRef ref, long id) {
        return repository.find(id).filter(c -> c.initiativeId() == ref.initiativeId()).orElseThrow(RoadmapException.NotFound::new);
    }

    private static void checkVersion(Communication current, long expected) {
        if (current.version() != expected) {
            throw RoadmapException.Conflict.staleVersion();
        }
    }
}
