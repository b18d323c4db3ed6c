package no.veikart.roadmap.risk.persistence;

import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.DatabaseUpdater;
import no.veikart.roadmap.platform.persistence.RevisionClaimEntity;

public final class RiskSchema implements DatabaseUpdater {
    @Override
    @SuppressWarnings("unchecked")
    public void update(EntityManager entityManager) throws Exception {
        entityManager.migrate(RiskEntity.class, RiskMeasureEntity.class, RiskPlanEntity.class, HandoverEntity.class,
                RevisionClaimEntity.class);
    }
}
