package no.veikart.roadmap.implementation.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.Query;
import no.veikart.roadmap.common.domain.RequestScope;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.implementation.domain.ImplementationRepository;
import no.veikart.roadmap.implementation.domain.NewStaff;
import no.veikart.roadmap.implementation.domain.Shift;
import no.veikart.roadmap.implementation.domain.SuperUser;
import no.veikart.roadmap.implementation.domain.TrainingKind;
import no.veikart.roadmap.implementation.domain.TrainingSession;
import no.veikart.roadmap.implementation.domain.Unit;
import no.veikart.roadmap.implementation.domain.UnitStatus;
import no.veikart.roadmap.initiative.domain.InitiativeFigures;
import no.veikart.roadmap.platform.persistence.RevisionClaims;

/**
 * Implementation plans in four tables, each filtered by an indexed INITIATIVE_ID (a plan is four queries however many
 * units it has). Every change claims the unit's next version first (one writer wins across nodes), then writes, then
 * refreshes the initiative's summary row in the same transaction.
 */
public class AoImplementationRepository implements ImplementationRepository {
    private static final int CHUNK = 500;
    private static final String CLAIM = "implUnit";

    private final ActiveObjects ao;
    private final RevisionClaims claims;
    private final InitiativeFigures figures;
    /** Read once per request: the implementation panel and the risk tools' checks both read a plan; writes forget. */
    private final RequestScope.Memo<Long, List<Unit>> byInitiative;

    public AoImplementationRepository(ActiveObjects ao, InitiativeFigures figures) {
        this(ao, RequestScope.NONE, figures);
    }

    public AoImplementationRepository(ActiveObjects ao, RequestScope scope, InitiativeFigures figures) {
        this.ao = ao;
        this.claims = new RevisionClaims(ao);
        this.figures = figures;
        this.byInitiative = scope.memo("implementation.byInitiative");
    }

    @Override
    public List<Unit> findByInitiative(long initiativeId) {
        return byInitiative.get(initiativeId, () -> List.copyOf(load("INITIATIVE_ID = ?", new Object[] {initiativeId})));
    }

    @Override
    public List<Unit> findByInitiatives(Collection<Long> initiativeIds) {
        List<Long> ids = new ArrayList<>(initiativeIds);
        List<Unit> all = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            all.addAll(load("INITIATIVE_ID IN (" + String.join(",", chunk.stream().map(i -> "?").toList()) + ")", chunk.toArray()));
        }
        return all;
    }

    @Override
    public List<Unit> findLive() {
        // Rows carry the initiative id, not the status: load the initiatives that have a live unit, keep those units.
        Set<Long> initiatives = new java.util.TreeSet<>();
        for (ImplUnitEntity e : ao.find(ImplUnitEntity.class, Query.select("ID, INITIATIVE_ID")
                .where("STATUS_KEY IN (?, ?)", UnitStatus.LIVE.name(), UnitStatus.STABLE.name()))) {
            initiatives.add(e.getInitiativeId());
        }
        return findByInitiatives(initiatives).stream().filter(u -> u.status().isLive()).toList();
    }

    @Override
    public Optional<Unit> find(long unitId) {
        ImplUnitEntity[] rows = ao.find(ImplUnitEntity.class, Query.select().where("ID = ?", unitId));
        if (rows.length == 0) {
            return Optional.empty();
        }
        return load("INITIATIVE_ID = ?", new Object[] {rows[0].getInitiativeId()}).stream().filter(u -> u.id() == unitId).findFirst();
    }

    @Override
    public int countByInitiative(long initiativeId) {
        return ao.count(ImplUnitEntity.class, "INITIATIVE_ID = ?", initiativeId);
    }

    @Override
    public Unit create(Unit unit) {
        byInitiative.clear();
        return claims.write(() -> {
            Map<String, Object> row = new HashMap<>();
            row.put("INITIATIVE_ID", unit.initiativeId());
            row.put("POSITION_NO", unit.position());
            row.put("ROW_VERSION", 1L);
            ImplUnitEntity e = ao.create(ImplUnitEntity.class, row);
            write(e, unit, 1);
            figures.refresh(unit.initiativeId());
            return find(e.getID()).orElseThrow();
        });
    }

    @Override
    public Unit update(Unit unit, long expectedVersion) {
        byInitiative.clear();
        return change(unit.id(), expectedVersion, e -> write(e, unit, expectedVersion + 1));
    }

    @Override
    public void delete(long unitId, long expectedVersion) {
        byInitiative.clear();
        claims.write(() -> {
            ImplUnitEntity e = current(unitId, expectedVersion);
            claims.claim(CLAIM, unitId, expectedVersion + 1);
            ao.deleteWithSQL(ImplSuperUserEntity.class, "UNIT_ID = ?", unitId);
            ao.deleteWithSQL(ImplTrainingEntity.class, "UNIT_ID = ?", unitId);
            ao.deleteWithSQL(ImplNewStaffEntity.class, "UNIT_ID = ?", unitId);
            long initiativeId = e.getInitiativeId();
            ao.delete(e);
            figures.refresh(initiativeId);
            return null;
        });
    }

    @Override
    public Unit addSuperUser(long unitId, SuperUser s, long expectedVersion) {
        byInitiative.clear();
        return change(unitId, expectedVersion, e -> {
            Map<String, Object> row = rowOf(e);
            row.put("SHIFT_KEY", s.shift().name());
            ImplSuperUserEntity r = ao.create(ImplSuperUserEntity.class, row);
            r.setName(s.name());
            r.setUserKey(s.userKey());
            r.setFromDate(toDate(s.from()));
            r.setToDate(toDate(s.to()));
            r.save();
        });
    }

    @Override
    public Unit addTraining(long unitId, TrainingSession t, long expectedVersion) {
        byInitiative.clear();
        return change(unitId, expectedVersion, e -> {
            Map<String, Object> row = rowOf(e);
            row.put("KIND_KEY", t.kind().name());
            row.put("TRAINED", t.trained());
            ImplTrainingEntity r = ao.create(ImplTrainingEntity.class, row);
            r.setSessionDate(toDate(t.date()));
            r.setTrainer(t.trainer());
            r.setTrainingHours(t.hours() == null ? null : t.hours().toPlainString());
            r.save();
        });
    }

    @Override
    public Unit addNewStaff(long unitId, NewStaff n, long expectedVersion) {
        byInitiative.clear();
        return change(unitId, expectedVersion, e -> {
            Map<String, Object> row = rowOf(e);
            row.put("STAFF_COUNT", n.count());
            ImplNewStaffEntity r = ao.create(ImplNewStaffEntity.class, row);
            r.setJoinedOn(toDate(n.date()));
            r.save();
        });
    }

    @Override
    public Unit deleteRow(long unitId, RowKind kind, long rowId, long expectedVersion) {
        byInitiative.clear();
        Class<? extends net.java.ao.RawEntity<Integer>> type = switch (kind) {
            case SUPER_USER -> ImplSuperUserEntity.class;
            case TRAINING -> ImplTrainingEntity.class;
            case NEW_STAFF -> ImplNewStaffEntity.class;
        };
        return change(unitId, expectedVersion, e -> ao.deleteWithSQL(type, "ID = ? AND UNIT_ID = ?", rowId, unitId));
    }

    private Unit change(long unitId, long expectedVersion, java.util.function.Consumer<ImplUnitEntity> writes) {
        return claims.write(() -> {
            ImplUnitEntity e = current(unitId, expectedVersion);
            claims.claim(CLAIM, unitId, expectedVersion + 1);
            e.setRowVersion(expectedVersion + 1);
            e.save();
            writes.accept(e);
            figures.refresh(e.getInitiativeId());
            return find(unitId).orElseThrow();
        });
    }

    private ImplUnitEntity current(long unitId, long expectedVersion) {
        ImplUnitEntity[] rows = ao.find(ImplUnitEntity.class, Query.select().where("ID = ?", unitId));
        if (rows.length == 0 || rows[0].getRowVersion() != expectedVersion) {
            throw RoadmapException.Conflict.staleVersion();
        }
        return rows[0];
    }

    private static Map<String, Object> rowOf(ImplUnitEntity unit) {
        Map<String, Object> row = new HashMap<>();
        row.put("INITIATIVE_ID", unit.getInitiativeId());
        row.put("UNIT_ID", (long) unit.getID());
        return row;
    }

    private static void write(ImplUnitEntity e, Unit u, long version) {
        e.setName(u.name());
        e.setStaff(u.staff());
        e.setShifts(u.orderedShifts().stream().map(Shift::name).collect(Collectors.joining(",")));
        e.setPilotUnit(u.pilotUnit());
        e.setTestUnit(u.testUnit());
        e.setPlannedGoLive(toDate(u.plannedGoLive()));
        e.setStatusKey(u.status().name());
        e.setWentLive(toDate(u.wentLive()));
        e.setStableSince(toDate(u.stableSince()));
        e.setMonitoringDate(toDate(u.monitoringDate()));
        e.setMonitoringOutcome(u.monitoringOutcome());
        e.setRowVersion(version);
        e.save();
    }

    private List<Unit> load(String criteria, Object[] params) {
        ImplUnitEntity[] units = ao.find(ImplUnitEntity.class, Query.select().where(criteria, params).order("POSITION_NO ASC, ID ASC"));
        if (units.length == 0) {
            return List.of();
        }
        Map<Long, List<SuperUser>> superUsers = new HashMap<>();
        for (ImplSuperUserEntity r : ao.find(ImplSuperUserEntity.class, Query.select().where(criteria, params).order("ID ASC"))) {
            superUsers.computeIfAbsent(r.getUnitId(), k -> new ArrayList<>()).add(new SuperUser(r.getID(), r.getName(), r.getUserKey(),
                    Shift.valueOf(r.getShiftKey()), toLocalDate(r.getFromDate()), toLocalDate(r.getToDate())));
        }
        Map<Long, List<TrainingSession>> trainings = new HashMap<>();
        for (ImplTrainingEntity r : ao.find(ImplTrainingEntity.class, Query.select().where(criteria, params).order("ID ASC"))) {
            trainings.computeIfAbsent(r.getUnitId(), k -> new ArrayList<>()).add(new TrainingSession(r.getID(),
                    toLocalDate(r.getSessionDate()), TrainingKind.valueOf(r.getKindKey()), r.getTrained(), r.getTrainer(),
                    r.getTrainingHours() == null ? null : new BigDecimal(r.getTrainingHours())));
        }
        Map<Long, List<NewStaff>> newStaff = new HashMap<>();
        for (ImplNewStaffEntity r : ao.find(ImplNewStaffEntity.class, Query.select().where(criteria, params).order("ID ASC"))) {
            newStaff.computeIfAbsent(r.getUnitId(), k -> new ArrayList<>())
                    .add(new NewStaff(r.getID(), toLocalDate(r.getJoinedOn()), r.getStaffCount()));
        }
        List<Unit> result = new ArrayList<>();
        for (ImplUnitEntity e : units) {
            long id = e.getID();
            Set<Shift> shifts = EnumSet.noneOf(Shift.class);
            if (e.getShifts() != null && !e.getShifts().isEmpty()) {
                Arrays.stream(e.getShifts().split(",")).map(Shift::valueOf).forEach(shifts::add);
            }
            List<TrainingSession> tr = new ArrayList<>(trainings.getOrDefault(id, List.of()));
            tr.sort(java.util.Comparator.comparing(TrainingSession::date).thenComparingLong(TrainingSession::id));
            List<NewStaff> ns = new ArrayList<>(newStaff.getOrDefault(id, List.of()));
            ns.sort(java.util.Comparator.comparing(NewStaff::date).thenComparingLong(NewStaff::id));
            result.add(new Unit(id, e.getInitiativeId(), e.getPositionNo(), e.getName(), e.getStaff(), shifts, e.isPilotUnit(),
                    e.isTestUnit(), toLocalDate(e.getPlannedGoLive()), UnitStatus.valueOf(e.getStatusKey()), toLocalDate(e.getWentLive()),
                    toLocalDate(e.getStableSince()), toLocalDate(e.getMonitoringDate()), e.getMonitoringOutcome(),
                    superUsers.getOrDefault(id, List.of()), tr, ns, e.getRowVersion()));
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
