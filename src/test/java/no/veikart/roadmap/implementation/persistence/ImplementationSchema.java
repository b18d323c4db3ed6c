package no.veikart.roadmap.implementation.persistence;

import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.DatabaseUpdater;
import no.veikart.roadmap.platform.persistence.RevisionClaimEntity;

public final class ImplementationSchema implements DatabaseUpdater {
    @Override
    @SuppressWarnings("unchecked")
    public void update(EntityManager entityManager) throws Exception {
        entityManager.migrate(ImplUnitEntity.class, ImplSuperUserEntity.class, ImplTrainingEntity.class, ImplNewStaffEntity.class,
                RevisionClaimEntity.class);
    }
}
