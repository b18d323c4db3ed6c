package no.veikart.roadmap.initiative.persistence.upgrade;

import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.DatabaseUpdater;
import no.veikart.roadmap.gain.persistence.EconomicsEntity;
import no.veikart.roadmap.gain.persistence.GainEntity;
import no.veikart.roadmap.gain.persistence.MeasurementEntity;
import no.veikart.roadmap.phase.persistence.InitiativeEntity;
import no.veikart.roadmap.phase.persistence.PhaseMoveEntity;
import no.veikart.roadmap.phase.persistence.PhaseStateEntity;
import no.veikart.roadmap.phase.persistence.StepStateEntity;
import no.veikart.roadmap.platform.persistence.RevisionClaimEntity;
import no.veikart.roadmap.stakeholder.persistence.AnchoringStatusEntity;
import no.veikart.roadmap.stakeholder.persistence.ContactLogEntity;
import no.veikart.roadmap.stakeholder.persistence.StakeholderEntity;

/**
 * The source tables at model version 2 (the summary table does not exist yet). Version 3 changed none of them, so the
 * live entities are their version 2 shape; a later change to one of them gets a frozen copy here.
 */
public final class SchemaV2 implements DatabaseUpdater {
    @Override
    @SuppressWarnings("unchecked")
    public void update(EntityManager entityManager) throws Exception {
        entityManager.migrate(InitiativeEntity.class, PhaseStateEntity.class, StepStateEntity.class,
                PhaseMoveEntity.class, StakeholderEntity.class, AnchoringStatusEntity.class, ContactLogEntity.class,
                GainEntity.class, MeasurementEntity.class, EconomicsEntity.class, RevisionClaimEntity.class);
    }
}
