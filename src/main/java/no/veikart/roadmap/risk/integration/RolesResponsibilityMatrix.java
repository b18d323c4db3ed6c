package no.veikart.roadmap.risk.integration;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.Texts;
import no.veikart.roadmap.risk.domain.ResponsibilityMatrix;
import no.veikart.roadmap.roles.domain.RoleMatrix;
import no.veikart.roadmap.roles.domain.RoleMatrixService;

/** The HUKI matrix through the roles feature's service, never its tables; letters from the roles feature's texts. */
public class RolesResponsibilityMatrix implements ResponsibilityMatrix {
    private final RoleMatrixService roles;
    private final Texts texts;

    public RolesResponsibilityMatrix(RoleMatrixService roles, Texts texts) {
        this.roles = roles;
        this.texts = texts;
    }

    @Override
    public List<Line> lines(Actor actor, String issueKey, Locale locale) {
        RoleMatrix m = roles.overview(actor, issueKey).matrix();
        return m.procedures().stream().map(p -> new Line(p.name(), m.cellsOf(p.id()).stream()
                .map(c -> m.actor(c.actorId()).map(a -> a.name() + " (" + texts.text(locale, "roadmap.roles.letter." + c.role().name()) + ")").orElse(""))
                .filter(s -> !s.isEmpty()).collect(Collectors.joining(", ")))).toList();
    }
}
