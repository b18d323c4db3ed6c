package no.veikart.roadmap.reporting.persistence;

import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.DatabaseUpdater;
import no.veikart.roadmap.platform.persistence.RevisionClaimEntity;

public final class ReportingSchema implements DatabaseUpdater {
    @Override
    @SuppressWarnings("unchecked")
    public void update(EntityManager entityManager) throws Exception {
        entityManager.migrate(StatusReportEntity.class, RevisionClaimEntity.class);
    }
}
