package no.veikart.roadmap.gain.persistence;

import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.DatabaseUpdater;
import no.veikart.roadmap.phase.persistence.InitiativeEntity;
import no.veikart.roadmap.platform.persistence.RevisionClaimEntity;

public final class GainReminderSchema implements DatabaseUpdater {
    @Override
    @SuppressWarnings("unchecked")
    public void update(EntityManager entityManager) throws Exception {
        entityManager.migrate(GainEntity.class, MeasurementEntity.class, GainReminderEntity.class, RevisionClaimEntity.class,
                InitiativeEntity.class);
    }
}
