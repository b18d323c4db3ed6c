package no.veikart.roadmap.phase.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;
import no.veikart.roadmap.common.domain.RequestScope;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.phase.domain.Decision;
import no.veikart.roadmap.phase.domain.Initiative;
import no.veikart.roadmap.phase.domain.InitiativeOutline;
import no.veikart.roadmap.phase.domain.InitiativeRepository;
import no.veikart.roadmap.phase.domain.InitiativeStatus;
import no.veikart.roadmap.phase.domain.IssueRef;
import no.veikart.roadmap.phase.domain.PhaseMove;
import no.veikart.roadmap.phase.domain.PhaseProgress;
import no.veikart.roadmap.phase.domain.PhaseStatus;
import no.veikart.roadmap.phase.domain.StepProgress;
import no.veikart.roadmap.initiative.domain.InitiativeFigures;
import no.veikart.roadmap.platform.persistence.RevisionClaims;

/** Initiatives in five tables; loading one is four indexed queries whatever its size; outlines of a project are one query per 500. */
public class AoInitiativeRepository implements InitiativeRepository {
    private static final int CHUNK = 500;

    private final ActiveObjects ao;
    private final RevisionClaims claims;
    /** The issue view's panels, field and conditions of one request share one load (absent kept as empty). */
    private final RequestScope.Memo<Long, Optional<Initiative>> byIssue;
    private final RequestScope.Memo<Long, Boolean> roadmapIssues;
    private final RequestScope.Memo<Long, Optional<Initiative>> byId;
    private final InitiativeFigures figures;

    public AoInitiativeRepository(ActiveObjects ao) {
        this(ao, RequestScope.NONE, InitiativeFigures.NONE);
    }

    /** {@code figures} is told of every change inside its transaction (the portfolio read model). */
    public AoInitiativeRepository(ActiveObjects ao, RequestScope scope, InitiativeFigures figures) {
        this.ao = ao;
        this.claims = new RevisionClaims(ao);
        this.byIssue = scope.memo("initiative.byIssue");
        this.roadmapIssues = scope.memo("initiative.isRoadmapIssue");
        this.byId = scope.memo("initiative.byId");
        this.figures = figures;
    }

    @Override
    public Initiative create(Initiative initiative) {
        forget();
        return ao.executeInTransaction(() -> {
            Map<String, Object> row = new HashMap<>();
            row.put("ISSUE_ID", initiative.issue().id());
            row.put("ISSUE_KEY", initiative.issue().key());
            row.put("PROJECT_KEY", initiative.projectKey());
            row.put("SUMMARY", initiative.summary());
            row.put("TEMPLATE_ID", initiative.templateId());
            row.put("CURRENT_PHASE", initiative.currentPhase());
            row.put("STATUS", initiative.status().name());
            row.put("PILOT_ROUND", initiative.pilotRound());
            row.put("ROW_VERSION", 0L);
            row.put("CREATED", new Date());
            InitiativeEntity entity = ao.create(InitiativeEntity.class, row);
            int position = 0;
            for (PhaseProgress phase : initiative.phases()) {
                Map<String, Object> p = new HashMap<>();
                p.put("INITIATIVE_ID", (long) entity.getID());
                p.put("POSITION", position++);
                p.put("PHASE_KEY", phase.phaseKey());
                p.put("CUSTOM_NAME", phase.customName());
                p.put("ISSUE_ID", phase.issue().id());
                p.put("ISSUE_KEY", phase.issue().key());
                p.put("STATUS", phase.status().name());
                ao.create(PhaseStateEntity.class, p);
                int stepPosition = 0;
                for (StepProgress step : phase.steps()) {
                    Map<String, Object> s = new HashMap<>();
                    s.put("INITIATIVE_ID", (long) entity.getID());
                    s.put("PHASE_KEY", phase.phaseKey());
                    s.put("POSITION", stepPosition++);
                    s.put("STEP_KEY", step.stepKey());
                    s.put("CUSTOM_NAME", step.customName());
                    s.put("ISSUE_ID", step.issue().id());
                    s.put("ISSUE_KEY", step.issue().key());
                    s.put("MANDATORY", step.mandatory());
                    s.put("DONE", step.done());
                    ao.create(StepStateEntity.class, s);
                }
            }
            figures.refresh(entity.getID());
            return load(entity);
        });
    }

    private void forget() {
        byIssue.clear();
        roadmapIssues.clear();
        byId.clear();
    }

    @Override
    public boolean isRoadmapIssue(long issueId) {
        // ids only, no initiative load: the issue view's conditions ask this for every issue Jira shows
        return roadmapIssues.get(issueId, () -> has(InitiativeEntity.class, issueId) || has(PhaseStateEntity.class, issueId)
                || has(StepStateEntity.class, issueId));
    }

    private <T extends net.java.ao.RawEntity<Integer>> boolean has(Class<T> type, long issueId) {
        return ao.find(type, Query.select("ID").where("ISSUE_ID = ?", issueId).limit(1)).length > 0;
    }

    @Override
    public Optional<Initiative> findByAnyIssueId(long issueId) {
        Optional<Initiative> found = byIssue.get(issueId, () -> loadByAnyIssueId(issueId));
        // The same load serves a later findById in this request (the pilot panel's stage) and, on a phase or step
        // page, a lookup by the initiative's own issue (the status report's suggestions ask with the initiative key).
        found.ifPresent(i -> {
            byId.get(i.id(), () -> found);
            byIssue.get(i.issue().id(), () -> found);
        });
        return found;
    }

    private Optional<Initiative> loadByAnyIssueId(long issueId) {
        InitiativeEntity[] direct = ao.find(InitiativeEntity.class, Query.select().where("ISSUE_ID = ?", issueId));
        if (direct.length > 0) {
            return Optional.of(load(direct[0]));
        }
        Long owner = ownerOf(ao.find(PhaseStateEntity.class, Query.select("ID, INITIATIVE_ID").where("ISSUE_ID = ?", issueId)));
        if (owner == null) {
            StepStateEntity[] steps = ao.find(StepStateEntity.class, Query.select("ID, INITIATIVE_ID").where("ISSUE_ID = ?", issueId));
            owner = steps.length == 0 ? null : steps[0].getInitiativeId();
        }
        if (owner == null) {
            return Optional.empty();
        }
        InitiativeEntity entity = ao.get(InitiativeEntity.class, owner.intValue());
        return entity == null ? Optional.empty() : Optional.of(load(entity));
    }

    private static Long ownerOf(PhaseStateEntity[] rows) {
        return rows.length == 0 ? null : rows[0].getInitiativeId();
    }

    @Override
    public Optional<Initiative> findById(long initiativeId) {
        return byId.get(initiativeId, () -> {
            InitiativeEntity[] rows = ao.find(InitiativeEntity.class, Query.select().where("ID = ?", initiativeId));
            return rows.length == 0 ? Optional.empty() : Optional.of(load(rows[0]));
        });
    }

    @Override
    public List<Initiative> findByProject(String projectKey) {
        return Arrays.stream(ao.find(InitiativeEntity.class, Query.select().where("PROJECT_KEY = ?", projectKey).order("ID ASC")))
                .map(this::load)
                .toList();
    }

    @Override
    public List<InitiativeOutline> outlinesInProject(String projectKey) {
        InitiativeEntity[] rows = ao.find(InitiativeEntity.class,
                Query.select("ID, ISSUE_ID, ISSUE_KEY, PROJECT_KEY, CURRENT_PHASE").where("PROJECT_KEY = ?", projectKey).order("ID ASC"));
        if (rows.length == 0) {
            return List.of();
        }
        Map<Long, List<String>> phases = new HashMap<>();
        // Chunked IN lists stay under every database's parameter limit; no raw SQL, so AO's table names stay its own.
        for (int from = 0; from < rows.length; from += CHUNK) {
            Object[] ids = Arrays.stream(rows, from, Math.min(rows.length, from + CHUNK)).map(e -> (long) e.getID()).toArray();
            String in = "INITIATIVE_ID IN (" + String.join(",", Collections.nCopies(ids.length, "?")) + ")";
            for (PhaseStateEntity p : ao.find(PhaseStateEntity.class,
                    Query.select("ID, INITIATIVE_ID, PHASE_KEY, POSITION").where(in, ids).order("INITIATIVE_ID ASC, POSITION ASC"))) {
                phases.computeIfAbsent(p.getInitiativeId(), k -> new ArrayList<>()).add(p.getPhaseKey());
            }
        }
        List<InitiativeOutline> outlines = new ArrayList<>();
        for (InitiativeEntity e : rows) {
            outlines.add(new InitiativeOutline(e.getID(), e.getIssueId(), e.getIssueKey(), e.getProjectKey(), e.getCurrentPhase(),
                    phases.getOrDefault((long) e.getID(), List.of())));
        }
        return outlines;
    }

    @Override
    public Initiative update(Initiative changed, long expectedVersion, List<PhaseMove> newMoves) {
        forget();
        return claims.write(() -> {
            InitiativeEntity entity = ao.get(InitiativeEntity.class, (int) changed.id());
            if (entity == null) {
                throw new RoadmapException.NotFound();
            }
            if (entity.getRowVersion() != expectedVersion) {
                throw RoadmapException.Conflict.staleVersion();
            }
            claims.claim("initiative", changed.id(), expectedVersion + 1);
            entity.setCurrentPhase(changed.currentPhase());
            entity.setStatus(changed.status().name());
            entity.setPilotRound(changed.pilotRound());
            entity.setRowVersion(expectedVersion + 1);
            entity.save();
            Map<String, PhaseProgress> phasesByKey = new HashMap<>();
            Map<String, StepProgress> stepsByKey = new HashMap<>();
            for (PhaseProgress phase : changed.phases()) {
                phasesByKey.put(phase.phaseKey(), phase);
                phase.steps().forEach(s -> stepsByKey.put(s.stepKey(), s));
            }
            for (PhaseStateEntity row : ao.find(PhaseStateEntity.class, Query.select().where("INITIATIVE_ID = ?", changed.id()))) {
                PhaseProgress phase = phasesByKey.get(row.getPhaseKey());
                if (phase != null && !phase.status().name().equals(row.getStatus())) {
                    row.setStatus(phase.status().name());
                    row.save();
                }
            }
            for (StepStateEntity row : ao.find(StepStateEntity.class, Query.select().where("INITIATIVE_ID = ?", changed.id()))) {
                StepProgress step = stepsByKey.get(row.getStepKey());
                if (step != null && step.done() != row.isDone()) {
                    row.setDone(step.done());
                    row.setDoneBy(step.doneBy());
                    row.setDoneAt(step.doneAt() == null ? null : Date.from(step.doneAt()));
                    row.save();
                }
            }
            for (PhaseMove move : newMoves) {
                Map<String, Object> m = new HashMap<>();
                m.put("INITIATIVE_ID", changed.id());
                m.put("FROM_PHASE", move.from());
                m.put("TO_PHASE", move.to());
                m.put("DECISION", move.decision() == null ? null : move.decision().name());
                m.put("OVERRIDE_REASON", move.overrideReason());
                m.put("REASON", move.reason());
                m.put("MISSING_STEPS", String.join(",", move.missingSteps()));
                m.put("ACTOR_KEY", move.actorKey());
                m.put("ACTOR_NAME", move.actorName());
                m.put("MOVED_AT", Date.from(move.at()));
                m.put("PILOT_ROUND", move.pilotRound());
                m.put("ADVISED_DECISION", move.advised() == null ? null : move.advised().name());
                ao.create(PhaseMoveEntity.class, m);
            }
            figures.refresh(entity.getID());
            return load(entity);
        });
    }

    private Initiative load(InitiativeEntity e) {
        long id = e.getID();
        Map<String, List<StepProgress>> stepsByPhase = new HashMap<>();
        for (StepStateEntity s : ao.find(StepStateEntity.class, Query.select().where("INITIATIVE_ID = ?", id).order("POSITION ASC"))) {
            stepsByPhase.computeIfAbsent(s.getPhaseKey(), k -> new ArrayList<>()).add(new StepProgress(s.getStepKey(), s.getCustomName(),
                    new IssueRef(s.getIssueId(), s.getIssueKey()), s.isMandatory(), s.isDone(), s.getDoneBy(),
                    s.getDoneAt() == null ? null : s.getDoneAt().toInstant()));
        }
        List<PhaseProgress> phases = new ArrayList<>();
        for (PhaseStateEntity p : ao.find(PhaseStateEntity.class, Query.select().where("INITIATIVE_ID = ?", id).order("POSITION ASC"))) {
            phases.add(new PhaseProgress(p.getPhaseKey(), p.getCustomName(), new IssueRef(p.getIssueId(), p.getIssueKey()),
                    PhaseStatus.valueOf(p.getStatus()), stepsByPhase.getOrDefault(p.getPhaseKey(), List.of())));
        }
        List<PhaseMove> moves = new ArrayList<>();
        for (PhaseMoveEntity m : ao.find(PhaseMoveEntity.class, Query.select().where("INITIATIVE_ID = ?", id).order("ID ASC"))) {
            String missing = m.getMissingSteps();
            moves.add(new PhaseMove(m.getFromPhase(), m.getToPhase(), m.getDecision() == null ? null : Decision.valueOf(m.getDecision()),
                    m.getOverrideReason(), m.getReason(), missing == null || missing.isEmpty() ? List.of() : List.of(missing.split(",")),
                    m.getActorKey(), m.getActorName(), m.getMovedAt().toInstant(), m.getPilotRound(),
                    m.getAdvisedDecision() == null ? null : Decision.valueOf(m.getAdvisedDecision())));
        }
        return new Initiative(id, new IssueRef(e.getIssueId(), e.getIssueKey()), e.getProjectKey(), e.getSummary(), e.getTemplateId(),
                e.getCurrentPhase(), InitiativeStatus.valueOf(e.getStatus()), e.getPilotRound(), e.getRowVersion(), phases, moves);
    }
}
