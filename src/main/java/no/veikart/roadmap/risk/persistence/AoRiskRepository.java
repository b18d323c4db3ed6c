package no.veikart.roadmap.risk.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.java.ao.Query;
import no.veikart.roadmap.common.domain.RequestScope;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.initiative.domain.InitiativeFigures;
import no.veikart.roadmap.platform.persistence.RevisionClaims;
import no.veikart.roadmap.risk.domain.Acceptance;
import no.veikart.roadmap.risk.domain.Measure;
import no.veikart.roadmap.risk.domain.MeasureStatus;
import no.veikart.roadmap.risk.domain.Risk;
import no.veikart.roadmap.risk.domain.RiskCategory;
import no.veikart.roadmap.risk.domain.RiskRepository;

/**
 * Risks in two tables (a register is two indexed queries however many risks it has) and the plan in a third. Dates
 * are midnight UTC so a date never shifts with the server's time zone. Versioned writes claim their new version
 * ({@link RevisionClaims}) so two nodes never both win.
 */
public class AoRiskRepository implements RiskRepository {
    private static final int CHUNK = 500;

    private final ActiveObjects ao;
    private final RevisionClaims claims;
    private final InitiativeFigures figures;
    /** Read once per request: the risk panel and the status report's suggestions both read them; writes forget. */
    private final RequestScope.Memo<Long, List<Risk>> byInitiative;
    private final RequestScope.Memo<Long, ContingencyPlan> plans;

    public AoRiskRepository(ActiveObjects ao) {
        this(ao, InitiativeFigures.NONE);
    }

    /** {@code figures} is told of every change inside its transaction (the portfolio read model). */
    public AoRiskRepository(ActiveObjects ao, InitiativeFigures figures) {
        this(ao, RequestScope.NONE, figures);
    }

    public AoRiskRepository(ActiveObjects ao, RequestScope scope, InitiativeFigures figures) {
        this.ao = ao;
        this.claims = new RevisionClaims(ao);
        this.figures = figures;
        this.byInitiative = scope.memo("risk.byInitiative");
        this.plans = scope.memo("risk.plan");
    }

    @Override
    public List<Risk> findByInitiative(long initiativeId) {
        return byInitiative.get(initiativeId, () -> List.copyOf(load(ao.find(RiskEntity.class,
                Query.select().where("INITIATIVE_ID = ?", initiativeId).order("ID ASC")), "INITIATIVE_ID = ?", initiativeId)));
    }

    @Override
    public List<Risk> findByInitiatives(Collection<Long> initiativeIds) {
        List<Long> ids = new ArrayList<>(initiativeIds);
        List<Risk> all = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            String in = "INITIATIVE_ID IN (" + String.join(",", chunk.stream().map(i -> "?").toList()) + ")";
            Object[] params = chunk.toArray();
            all.addAll(load(ao.find(RiskEntity.class, Query.select().where(in, params).order("ID ASC")), in, params));
        }
        return all;
    }

    @Override
    public int countByInitiative(long initiativeId) {
        return ao.count(RiskEntity.class, "INITIATIVE_ID = ?", initiativeId);
    }

    @Override
    public Optional<Risk> find(long id) {
        RiskEntity[] rows = ao.find(RiskEntity.class, Query.select().where("ID = ?", id));
        return rows.length == 0 ? Optional.empty() : Optional.of(load(rows, "RISK_ID = ?", id).get(0));
    }

    @Override
    public Risk create(Risk risk) {
        forget();
        return claims.write(() -> {
            Map<String, Object> row = new HashMap<>();
            row.put("INITIATIVE_ID", risk.initiativeId());
            row.put("ROW_VERSION", 0L);
            row.put("LIKELIHOOD", risk.likelihood());
            row.put("CONSEQUENCE", risk.consequence());
            RiskEntity entity = ao.create(RiskEntity.class, row);
            write(entity, risk, 0);
            writeMeasures(entity.getID(), risk);
            figures.refresh(risk.initiativeId());
            return find(entity.getID()).orElseThrow();
        });
    }

    @Override
    public Risk update(Risk changed, long expectedVersion) {
        forget();
        return claims.write(() -> {
            RiskEntity entity = current(changed.id(), expectedVersion);
            claims.claim("risk", changed.id(), expectedVersion + 1);
            write(entity, changed, expectedVersion + 1);
            writeMeasures(entity.getID(), changed);
            figures.refresh(entity.getInitiativeId());
            return find(entity.getID()).orElseThrow();
        });
    }

    @Override
    public void delete(long id, long expectedVersion) {
        forget();
        claims.write(() -> {
            RiskEntity entity = current(id, expectedVersion);
            claims.claim("risk", id, expectedVersion + 1);
            ao.deleteWithSQL(RiskMeasureEntity.class, "RISK_ID = ?", id);
            long initiativeId = entity.getInitiativeId();
            ao.delete(entity);
            figures.refresh(initiativeId);
            return null;
        });
    }

    @Override
    public ContingencyPlan plan(long initiativeId) {
        return plans.get(initiativeId, () -> {
            RiskPlanEntity[] rows = ao.find(RiskPlanEntity.class, Query.select().where("INITIATIVE_ID = ?", initiativeId));
            return rows.length == 0 ? new ContingencyPlan(null, 0) : new ContingencyPlan(rows[0].getPlanText(), rows[0].getRowVersion());
        });
    }

    private void forget() {
        byInitiative.clear();
        plans.clear();
    }

    @Override
    public ContingencyPlan savePlan(long initiativeId, String text, long expectedVersion) {
        forget();
        return claims.write(() -> {
            RiskPlanEntity[] rows = ao.find(RiskPlanEntity.class, Query.select().where("INITIATIVE_ID = ?", initiativeId));
            long stored = rows.length == 0 ? 0 : rows[0].getRowVersion();
            if (stored != expectedVersion) {
                throw RoadmapException.Conflict.staleVersion();
            }
            // The claim also keeps two first saves on two nodes from making two rows.
            claims.claim("riskPlan", initiativeId, expectedVersion + 1);
            RiskPlanEntity row = rows.length == 0
                    ? ao.create(RiskPlanEntity.class, Map.of("INITIATIVE_ID", initiativeId, "ROW_VERSION", 0L)) : rows[0];
            row.setPlanText(text);
            row.setRowVersion(expectedVersion + 1);
            row.save();
            return new ContingencyPlan(text, expectedVersion + 1);
        });
    }

    private RiskEntity current(long id, long expectedVersion) {
        RiskEntity entity = ao.get(RiskEntity.class, (int) id);
        if (entity == null || entity.getRowVersion() != expectedVersion) {
            throw RoadmapException.Conflict.staleVersion();
        }
        return entity;
    }

    private static void write(RiskEntity e, Risk r, long version) {
        e.setTitle(r.title());
        e.setDescription(r.description());
        e.setCause(r.cause());
        e.setCategory(r.category().name());
        e.setLikelihood(r.likelihood());
        e.setConsequence(r.consequence());
        e.setResidualLikelihood(r.residualLikelihood());
        e.setResidualConsequence(r.residualConsequence());
        e.setContingency(r.contingency());
        Acceptance a = r.acceptance();
        e.setAcceptedBy(a == null ? null : a.byKey());
        e.setAcceptanceReason(a == null ? null : a.reason());
        e.setAcceptedOn(a == null ? null : toDate(a.date()));
        e.setOwner(r.owner());
        e.setNextReview(toDate(r.nextReview()));
        e.setRowVersion(version);
        e.save();
    }

    /** Makes the risk's measures the stored ones: new ones created, changed ones written, missing ones deleted. */
    private void writeMeasures(long riskId, Risk r) {
        Map<Long, RiskMeasureEntity> existing = new HashMap<>();
        for (RiskMeasureEntity m : ao.find(RiskMeasureEntity.class, Query.select().where("RISK_ID = ?", riskId))) {
            existing.put((long) m.getID(), m);
        }
        Set<Long> kept = new HashSet<>();
        for (Measure m : r.measures()) {
            RiskMeasureEntity row = m.id() == 0 ? null : existing.get(m.id());
            if (row == null) {
                row = ao.create(RiskMeasureEntity.class, Map.of("RISK_ID", riskId, "INITIATIVE_ID", r.initiativeId()));
            } else {
                kept.add(m.id());
            }
            row.setText(m.text());
            row.setOwner(m.owner());
            row.setDue(toDate(m.due()));
            row.setStatus(m.status().name());
            row.setIssueKey(m.issueKey());
            row.save();
        }
        existing.entrySet().stream().filter(e -> !kept.contains(e.getKey())).forEach(e -> ao.delete(e.getValue()));
    }

    private List<Risk> load(RiskEntity[] rows, String measureCriteria, Object... params) {
        if (rows.length == 0) {
            return List.of();
        }
        Map<Long, List<Measure>> measures = new HashMap<>();
        for (RiskMeasureEntity m : ao.find(RiskMeasureEntity.class, Query.select().where(measureCriteria, params).order("ID ASC"))) {
            measures.computeIfAbsent(m.getRiskId(), k -> new ArrayList<>()).add(new Measure(m.getID(), m.getText(), m.getOwner(),
                    toLocalDate(m.getDue()), MeasureStatus.valueOf(m.getStatus()), m.getIssueKey()));
        }
        List<Risk> result = new ArrayList<>();
        for (RiskEntity e : rows) {
            long id = e.getID();
            Acceptance acceptance = e.getAcceptanceReason() == null ? null
                    : new Acceptance(e.getAcceptedBy(), e.getAcceptanceReason(), toLocalDate(e.getAcceptedOn()));
            result.add(new Risk(id, e.getInitiativeId(), e.getTitle(), e.getDescription(), e.getCause(),
                    RiskCategory.valueOf(e.getCategory()), e.getLikelihood(), e.getConsequence(), e.getResidualLikelihood(),
                    e.getResidualConsequence(), e.getContingency(), acceptance, e.getOwner(), toLocalDate(e.getNextReview()),
                    measures.getOrDefault(id, List.of()), e.getRowVersion()));
        }
        return result;
    }

    static Date toDate(LocalDate date) {
        return date == null ? null : Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    static LocalDate toLocalDate(Date date) {
        return date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }
}
