package no.veikart.roadmap.portfolio.persistence;

import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.DatabaseUpdater;
import no.veikart.roadmap.gain.persistence.EconomicsEntity;
import no.veikart.roadmap.gain.persistence.GainEntity;
import no.veikart.roadmap.gain.persistence.MeasurementEntity;
import no.veikart.roadmap.phase.persistence.InitiativeEntity;
import no.veikart.roadmap.stakeholder.persistence.AnchoringStatusEntity;
import no.veikart.roadmap.stakeholder.persistence.StakeholderEntity;

public final class PortfolioSchema implements DatabaseUpdater {
    @Override
    @SuppressWarnings("unchecked")
    public void update(EntityManager entityManager) throws Exception {
        entityManager.migrate(InitiativeEntity.class, StakeholderEntity.class, AnchoringStatusEntity.class,
                GainEntity.class, MeasurementEntity.class, EconomicsEntity.class);
    }
}
