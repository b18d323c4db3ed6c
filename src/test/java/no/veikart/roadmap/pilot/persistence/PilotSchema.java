package no.veikart.roadmap.pilot.persistence;

import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.DatabaseUpdater;
import no.veikart.roadmap.platform.persistence.RevisionClaimEntity;

public final class PilotSchema implements DatabaseUpdater {
    @Override
    @SuppressWarnings("unchecked")
    public void update(EntityManager entityManager) throws Exception {
        entityManager.migrate(PilotRoundEntity.class, PilotObservationEntity.class, RevisionClaimEntity.class);
    }
}
