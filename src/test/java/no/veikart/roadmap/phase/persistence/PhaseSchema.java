package no.veikart.roadmap.phase.persistence;

import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.DatabaseUpdater;
import no.veikart.roadmap.platform.persistence.ConfigEntryEntity;
import no.veikart.roadmap.platform.persistence.RevisionClaimEntity;

/** The entities of the descriptor's ao module that the phase feature uses. */
public final class PhaseSchema implements DatabaseUpdater {
    @Override
    @SuppressWarnings("unchecked")
    public void update(EntityManager entityManager) throws Exception {
        entityManager.migrate(TemplateEntity.class, InitiativeEntity.class, PhaseStateEntity.class, StepStateEntity.class,
                PhaseMoveEntity.class, ConfigEntryEntity.class, RevisionClaimEntity.class);
    }
}
