package no.veikart.roadmap.stakeholder.persistence;

import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.DatabaseUpdater;
import no.veikart.roadmap.platform.persistence.RevisionClaimEntity;

public final class StakeholderSchema implements DatabaseUpdater {
    @Override
    @SuppressWarnings("unchecked")
    public void update(EntityManager entityManager) throws Exception {
        entityManager.migrate(StakeholderEntity.class, AnchoringStatusEntity.class, ContactLogEntity.class, RevisionClaimEntity.class);
    }
}
