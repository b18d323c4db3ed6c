package no.veikart.roadmap.portfolio.persistence;

import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.DatabaseUpdater;
import no.veikart.roadmap.gain.persistence.EconomicsEntity;
import no.veikart.roadmap.gain.persistence.GainEntity;
import no.veikart.roadmap.gain.persistence.MeasurementEntity;
import no.veikart.roadmap.initiative.persistence.InitiativeSummaryEntity;
import no.veikart.roadmap.phase.persistence.InitiativeEntity;
import no.veikart.roadmap.phase.persistence.PhaseMoveEntity;
import no.veikart.roadmap.phase.persistence.PhaseStateEntity;
import no.veikart.roadmap.phase.persistence.StepStateEntity;
import no.veikart.roadmap.platform.persistence.RevisionClaimEntity;
import no.veikart.roadmap.stakeholder.persistence.AnchoringStatusEntity;
import no.veikart.roadmap.stakeholder.persistence.ContactLogEntity;
import no.veikart.roadmap.stakeholder.persistence.StakeholderEntity;

/** Every table the portfolio's figures come from, and the read model. */
public final class PortfolioSchema implements DatabaseUpdater {
    @Override
    @SuppressWarnings("unchecked")
    public void update(EntityManager entityManager) throws Exception {
        entityManager.migrate(InitiativeEntity.class, PhaseStateEntity.class, StepStateEntity.class,
                PhaseMoveEntity.class, StakeholderEntity.class, AnchoringStatusEntity.class, ContactLogEntity.class,
                GainEntity.class, MeasurementEntity.class, EconomicsEntity.class, RevisionClaimEntity.class,
                InitiativeSummaryEntity.class, no.veikart.roadmap.risk.persistence.RiskEntity.class,
                no.veikart.roadmap.risk.persistence.RiskMeasureEntity.class);
    }
}
