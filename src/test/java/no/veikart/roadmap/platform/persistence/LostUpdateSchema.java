package no.veikart.roadmap.platform.persistence;

import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.DatabaseUpdater;
import no.veikart.roadmap.gain.persistence.EconomicsEntity;
import no.veikart.roadmap.gain.persistence.GainEntity;
import no.veikart.roadmap.gain.persistence.MeasurementEntity;
import no.veikart.roadmap.phase.persistence.InitiativeEntity;
import no.veikart.roadmap.phase.persistence.PhaseMoveEntity;
import no.veikart.roadmap.phase.persistence.PhaseStateEntity;
import no.veikart.roadmap.phase.persistence.StepStateEntity;
import no.veikart.roadmap.phase.persistence.TemplateEntity;
import no.veikart.roadmap.reporting.persistence.CadenceEntity;
import no.veikart.roadmap.reporting.persistence.InitiativeUnitEntity;
import no.veikart.roadmap.stakeholder.persistence.AnchoringStatusEntity;
import no.veikart.roadmap.stakeholder.persistence.ContactLogEntity;
import no.veikart.roadmap.stakeholder.persistence.StakeholderEntity;

/** Every entity with a row version, and the claims. */
public final class LostUpdateSchema implements DatabaseUpdater {
    @Override
    @SuppressWarnings("unchecked")
    public void update(EntityManager entityManager) throws Exception {
        entityManager.migrate(StakeholderEntity.class, AnchoringStatusEntity.class, ContactLogEntity.class, GainEntity.class,
                MeasurementEntity.class, EconomicsEntity.class, TemplateEntity.class, InitiativeEntity.class,
                PhaseStateEntity.class, StepStateEntity.class, PhaseMoveEntity.class, ConfigEntryEntity.class,
                RevisionClaimEntity.class, InitiativeUnitEntity.class, CadenceEntity.class);
    }
}
