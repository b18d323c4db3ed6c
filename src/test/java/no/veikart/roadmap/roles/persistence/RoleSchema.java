package no.veikart.roadmap.roles.persistence;

import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.DatabaseUpdater;
import no.veikart.roadmap.platform.persistence.RevisionClaimEntity;

public final class RoleSchema implements DatabaseUpdater {
    @Override
    @SuppressWarnings("unchecked")
    public void update(EntityManager entityManager) throws Exception {
        entityManager.migrate(RoleMatrixEntity.class, RoleProcedureEntity.class, RoleActorEntity.class, RoleCellEntity.class,
                RevisionClaimEntity.class);
    }
}
