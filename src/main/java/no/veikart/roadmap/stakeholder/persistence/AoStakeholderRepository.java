package no.veikart.roadmap.stakeholder.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;
import no.veikart.roadmap.common.domain.RequestScope;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.stakeholder.domain.AnchoringStatus;
import no.veikart.roadmap.stakeholder.domain.ContactLogEntry;
import no.veikart.roadmap.stakeholder.domain.ContactLogged;
import no.veikart.roadmap.stakeholder.domain.Involvement;
import no.veikart.roadmap.stakeholder.domain.Level;
import no.veikart.roadmap.stakeholder.domain.Stakeholder;
import no.veikart.roadmap.stakeholder.domain.StakeholderRepository;
import no.veikart.roadmap.initiative.domain.InitiativeFigures;
import no.veikart.roadmap.platform.persistence.RevisionClaims;

/**
 * Stakeholders in three tables. Reading an initiative's stakeholders is two indexed queries however many there are;
 * dates are stored as midnight UTC so a date never shifts with the server's time zone.
 */
public class AoStakeholderRepository implements StakeholderRepository {
    /** Keeps IN lists well under every database's parameter limit. */
    private static final int CHUNK = 500;

    private final ActiveObjects ao;
    private final RevisionClaims claims;
    private final InitiativeFigures figures;
    /**
     * An initiative's stakeholders, read once per request: the issue view's anchoring panel, communication plan, HUKI
     * matrix and status report all list them. Every write of this repository forgets them.
     */
    private final RequestScope.Memo<Long, List<Stakeholder>> byInitiative;

    public AoStakeholderRepository(ActiveObjects ao) {
        this(ao, InitiativeFigures.NONE);
    }

    /** {@code figures} is told of every change inside its transaction (the portfolio read model). */
    public AoStakeholderRepository(ActiveObjects ao, InitiativeFigures figures) {
        this(ao, RequestScope.NONE, figures);
    }

    public AoStakeholderRepository(ActiveObjects ao, RequestScope scope, InitiativeFigures figures) {
        this.ao = ao;
        this.claims = new RevisionClaims(ao);
        this.figures = figures;
        this.byInitiative = scope.memo("stakeholder.byInitiative");
    }

    @Override
    public List<Stakeholder> findByInitiative(long initiativeId) {
        return byInitiative.get(initiativeId, () -> List.copyOf(load(ao.find(StakeholderEntity.class,
                Query.select().where("INITIATIVE_ID = ?", initiativeId).order("ID ASC")), statusesOf("INITIATIVE_ID = ?", initiativeId))));
    }

    @Override
    public List<Stakeholder> findByInitiatives(Collection<Long> initiativeIds) {
        List<Long> ids = new ArrayList<>(initiativeIds);
        List<Stakeholder> all = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            String in = "INITIATIVE_ID IN (" + String.join(",", chunk.stream().map(i -> "?").toList()) + ")";
            Object[] params = chunk.toArray();
            all.addAll(load(ao.find(StakeholderEntity.class, Query.select().where(in, params).order("ID ASC")), statusesOf(in, params)));
        }
        return all;
    }

    @Override
    public int countByInitiative(long initiativeId) {
        return ao.count(StakeholderEntity.class, "INITIATIVE_ID = ?", initiativeId);
    }

    @Override
    public Optional<Stakeholder> find(long id) {
        StakeholderEntity[] rows = ao.find(StakeholderEntity.class, Query.select().where("ID = ?", id));
        if (rows.length == 0) {
            return Optional.empty();
        }
        return Optional.of(load(rows, statusesOf("STAKEHOLDER_ID = ?", id)).get(0));
    }

    @Override
    public Stakeholder create(Stakeholder s) {
        byInitiative.clear();
        return claims.write(() -> {
            Map<String, Object> row = new HashMap<>();
            row.put("INITIATIVE_ID", s.initiativeId());
            row.put("ROW_VERSION", 0L);
            row.put("ATTITUDE", s.attitude());
            row.put("DESIRED_ATTITUDE", s.desiredAttitude());
            row.put("INFLUENCE", s.influence());
            row.put("INTEREST", s.interest());
            StakeholderEntity entity = ao.create(StakeholderEntity.class, row);
            write(entity, s, 0);
            writeStatuses(entity.getID(), s);
            figures.refresh(s.initiativeId());
            return find(entity.getID()).orElseThrow();
        });
    }

    @Override
    public Stakeholder update(Stakeholder changed, long expectedVersion) {
        byInitiative.clear();
        return claims.write(() -> {
            StakeholderEntity entity = current(changed.id(), expectedVersion);
            claims.claim("stakeholder", changed.id(), expectedVersion + 1);
            write(entity, changed, expectedVersion + 1);
            writeStatuses(entity.getID(), changed);
            figures.refresh(entity.getInitiativeId());
            return find(entity.getID()).orElseThrow();
        });
    }

    @Override
    public void delete(long id, long expectedVersion) {
        byInitiative.clear();
        claims.write(() -> {
            StakeholderEntity entity = current(id, expectedVersion);
            claims.claim("stakeholder", id, expectedVersion + 1);
            ao.deleteWithSQL(AnchoringStatusEntity.class, "STAKEHOLDER_ID = ?", id);
            ao.deleteWithSQL(ContactLogEntity.class, "STAKEHOLDER_ID = ?", id);
            long initiativeId = entity.getInitiativeId();
            ao.delete(entity);
            figures.refresh(initiativeId);
            return null;
        });
    }

    @Override
    public ContactLogged addContact(ContactLogEntry entry, Stakeholder changed, long expectedVersion) {
        byInitiative.clear();
        return claims.write(() -> {
            StakeholderEntity entity = current(changed.id(), expectedVersion);
            claims.claim("stakeholder", changed.id(), expectedVersion + 1);
            Map<String, Object> row = new HashMap<>();
            row.put("STAKEHOLDER_ID", entry.stakeholderId());
            row.put("INITIATIVE_ID", entity.getInitiativeId());
            row.put("CONTACT_DATE", toDate(entry.date()));
            row.put("PHASE_KEY", entry.phaseKey());
            row.put("BY_KEY", entry.byUserKey());
            row.put("BY_NAME", entry.byName());
            row.put("AGREED", entry.agreed());
            ContactLogEntity log = ao.create(ContactLogEntity.class, row);
            write(entity, changed, expectedVersion + 1);
            writeStatuses(entity.getID(), changed);
            figures.refresh(entity.getInitiativeId());
            return new ContactLogged(find(entity.getID()).orElseThrow(), entry.withId(log.getID()));
        });
    }

    @Override
    public Stakeholder erase(Stakeholder anonymised, String contactText, long expectedVersion) {
        byInitiative.clear();
        return claims.write(() -> {
            StakeholderEntity entity = current(anonymised.id(), expectedVersion);
            claims.claim("stakeholder", anonymised.id(), expectedVersion + 1);
            write(entity, anonymised, expectedVersion + 1);
            for (ContactLogEntity log : ao.find(ContactLogEntity.class, Query.select().where("STAKEHOLDER_ID = ?", anonymised.id()))) {
                log.setAgreed(contactText);
                log.save();
            }
            figures.refresh(entity.getInitiativeId());
            return find(entity.getID()).orElseThrow();
        });
    }

    @Override
    public List<ContactLogEntry> findContacts(long stakeholderId) {
        List<ContactLogEntry> entries = new ArrayList<>();
        for (ContactLogEntity e : ao.find(ContactLogEntity.class,
                Query.select().where("STAKEHOLDER_ID = ?", stakeholderId).order("CONTACT_DATE DESC, ID DESC"))) {
            entries.add(new ContactLogEntry(e.getID(), e.getStakeholderId(), toLocalDate(e.getContactDate()), e.getPhaseKey(),
                    e.getByKey(), e.getByName(), e.getAgreed()));
        }
        return entries;
    }

    private StakeholderEntity current(long id, long expectedVersion) {
        StakeholderEntity entity = ao.get(StakeholderEntity.class, (int) id);
        if (entity == null || entity.getRowVersion() != expectedVersion) {
            throw RoadmapException.Conflict.staleVersion();
        }
        return entity;
    }

    private static void write(StakeholderEntity e, Stakeholder s, long version) {
        e.setName(s.name());
        e.setGroupName(s.group());
        e.setLevelKey(s.level().name());
        e.setEffect(s.effect());
        e.setAttitude(s.attitude());
        e.setDesiredAttitude(s.desiredAttitude());
        e.setInfluence(s.influence());
        e.setInterest(s.interest());
        e.setInvolvement(s.involvement().name());
        e.setOwnerKey(s.ownerKey());
        e.setLastContact(toDate(s.lastContact()));
        e.setNextContact(toDate(s.nextContact()));
        e.setNotes(s.notes());
        e.setRowVersion(version);
        e.save();
    }

    /** Replaces the phase statuses; only changed rows are written so their update time means something. */
    private void writeStatuses(long stakeholderId, Stakeholder s) {
        Map<String, AnchoringStatusEntity> existing = new HashMap<>();
        for (AnchoringStatusEntity row : ao.find(AnchoringStatusEntity.class, Query.select().where("STAKEHOLDER_ID = ?", stakeholderId))) {
            existing.put(row.getPhaseKey(), row);
        }
        for (Map.Entry<String, AnchoringStatus> status : s.statusByPhase().entrySet()) {
            AnchoringStatusEntity row = existing.remove(status.getKey());
            if (row == null) {
                Map<String, Object> values = new HashMap<>();
                values.put("STAKEHOLDER_ID", stakeholderId);
                values.put("INITIATIVE_ID", s.initiativeId());
                values.put("PHASE_KEY", status.getKey());
                values.put("STATUS", status.getValue().name());
                values.put("UPDATED_AT", new Date());
                ao.create(AnchoringStatusEntity.class, values);
            } else if (!row.getStatus().equals(status.getValue().name())) {
                row.setStatus(status.getValue().name());
                row.setUpdatedAt(new Date());
                row.save();
            }
        }
        existing.values().forEach(row -> ao.delete(row));
    }

    private Map<Long, Map<String, AnchoringStatus>> statusesOf(String criteria, Object... params) {
        Map<Long, Map<String, AnchoringStatus>> byStakeholder = new HashMap<>();
        for (AnchoringStatusEntity row : ao.find(AnchoringStatusEntity.class, Query.select().where(criteria, params).order("ID ASC"))) {
            byStakeholder.computeIfAbsent(row.getStakeholderId(), k -> new LinkedHashMap<>())
                    .put(row.getPhaseKey(), AnchoringStatus.valueOf(row.getStatus()));
        }
        return byStakeholder;
    }

    private static List<Stakeholder> load(StakeholderEntity[] rows, Map<Long, Map<String, AnchoringStatus>> statuses) {
        List<Stakeholder> result = new ArrayList<>();
        for (StakeholderEntity e : rows) {
            long id = e.getID();
            result.add(new Stakeholder(id, e.getInitiativeId(), e.getName(), e.getGroupName(), Level.valueOf(e.getLevelKey()),
                    e.getEffect(), e.getAttitude(), e.getDesiredAttitude(), e.getInfluence(), e.getInterest(),
                    Involvement.valueOf(e.getInvolvement()), e.getOwnerKey(), toLocalDate(e.getLastContact()),
                    toLocalDate(e.getNextContact()), e.getNotes(), statuses.getOrDefault(id, Map.of()), e.getRowVersion()));
        }
        return result;
    }

    public static Date toDate(LocalDate date) {
        return date == null ? null : Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    public static LocalDate toLocalDate(Date date) {
        return date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }
}
