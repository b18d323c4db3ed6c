package no.veikart.roadmap.roles.domain;

import no.veikart.roadmap.common.domain.Actor;

/**
 * Where the matrix panel belongs: the initiative issue, and the Service development phase issue with its steps (the
 * phase whose step "Define procedures and responsibilities" the matrix is). Implemented over the phase feature.
 */
public interface MatrixPlacement {
    boolean showsMatrix(Actor actor, String issueKey);
}
