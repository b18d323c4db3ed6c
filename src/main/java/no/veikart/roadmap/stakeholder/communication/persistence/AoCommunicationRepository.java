package no.veikart.roadmap.stakeholder.communication.persistence;

import static no.veikart.roadmap.stakeholder.persistence.AoStakeholderRepository.toDate;
import static no.veikart.roadmap.stakeholder.persistence.AoStakeholderRepository.toLocalDate;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import net.java.ao.Query;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.platform.persistence.RevisionClaims;
import no.veikart.roadmap.stakeholder.communication.domain.Channel;
import no.veikart.roadmap.stakeholder.communication.domain.Communication;
import no.veikart.roadmap.stakeholder.communication.domain.CommunicationRepository;
import no.veikart.roadmap.stakeholder.communication.domain.CommunicationStatus;
import no.veikart.roadmap.stakeholder.domain.Level;

/**
 * Communication plan entries in one table, read per initiative in one indexed query. Each change claims the
 * entry's next version ({@link RevisionClaims}) in its transaction, so two nodes cannot both write version n+1.
 */
public class AoCommunicationRepository implements CommunicationRepository {
    static final String CLAIM = "communication";

    private final ActiveObjects ao;
    private final RevisionClaims claims;

    public AoCommunicationRepository(ActiveObjects ao) {
        this.ao = ao;
        this.claims = new RevisionClaims(ao);
    }

    @Override
    public List<Communication> findByInitiative(long initiativeId) {
        return Arrays.stream(ao.find(CommunicationEntity.class, Query.select().where("INITIATIVE_ID = ?", initiativeId).order("ID ASC")))
                .map(AoCommunicationRepository::toDomain).toList();
    }

    @Override
    public int countByInitiative(long initiativeId) {
        return ao.count(CommunicationEntity.class, "INITIATIVE_ID = ?", initiativeId);
    }

    @Override
    public Optional<Communication> find(long id) {
        CommunicationEntity[] rows = ao.find(CommunicationEntity.class, Query.select().where("ID = ?", id));
        return rows.length == 0 ? Optional.empty() : Optional.of(toDomain(rows[0]));
    }

    @Override
    public Communication create(Communication c) {
        return ao.executeInTransaction(() -> {
            Map<String, Object> row = new HashMap<>();
            row.put("INITIATIVE_ID", c.initiativeId());
            row.put("ROW_VERSION", 0L);
            CommunicationEntity entity = ao.create(CommunicationEntity.class, row);
            write(entity, c, 0);
            return toDomain(entity);
        });
    }

    @Override
    public Communication update(Communication changed, long expectedVersion) {
        return claims.write(() -> {
            CommunicationEntity entity = current(changed.id(), expectedVersion);
            claims.claim(CLAIM, changed.id(), expectedVersion + 1);
            write(entity, changed, expectedVersion + 1);
            return toDomain(entity);
        });
    }

    @Override
    public void delete(long id, long expectedVersion) {
        claims.write(() -> {
            CommunicationEntity entity = current(id, expectedVersion);
            claims.claim(CLAIM, id, expectedVersion + 1);
            ao.delete(entity);
            return null;
        });
    }

    @Override
    public Communication linkContact(long id, long expectedVersion, LongSupplier writeContact) {
        return claims.write(() -> {
            CommunicationEntity entity = current(id, expectedVersion);
            claims.claim(CLAIM, id, expectedVersion + 1);
            long contactId = writeContact.getAsLong();
            entity.setContactLogId(contactId);
            entity.setRowVersion(expectedVersion + 1);
            entity.save();
            return toDomain(entity);
        });
    }

    private CommunicationEntity current(long id, long expectedVersion) {
        CommunicationEntity entity = ao.get(CommunicationEntity.class, (int) id);
        if (entity == null || entity.getRowVersion() != expectedVersion) {
            throw RoadmapException.Conflict.staleVersion();
        }
        return entity;
    }

    private static void write(CommunicationEntity e, Communication c, long version) {
        e.setAudienceLevel(c.audienceLevel() == null ? null : c.audienceLevel().name());
        e.setStakeholderId(c.stakeholderId());
        e.setMessage(c.message());
        e.setChannelKey(c.channel().name());
        e.setCommDate(toDate(c.date()));
        e.setResponsible(c.responsible());
        e.setStatusKey(c.status().name());
        e.setContactLogId(c.contactLogId());
        e.setRowVersion(version);
        e.save();
    }

    private static Communication toDomain(CommunicationEntity e) {
        Level level = Level.byName(e.getAudienceLevel());
        return new Communication(e.getID(), e.getInitiativeId(), level, level == null ? e.getStakeholderId() : null, e.getMessage(),
                Channel.valueOf(e.getChannelKey()), toLocalDate(e.getCommDate()), e.getResponsible(),
                CommunicationStatus.valueOf(e.getStatusKey()), e.getContactLogId(), e.getRowVersion());
    }
}
