package no.veikart.roadmap.roles.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the method asks of a HUKI matrix (seed 003, domain.md): every procedure has exactly one principal and at least
 * one who executes. A matrix is valid when it has a procedure and every procedure has its one principal; the rest
 * only warns.
 */
public final class MatrixRules {
    /** An actor principal for more procedures than this is warned about: one person cannot be accountable for all. */
    public static final int MANY_PRINCIPAL = 5;

    public static final String EMPTY = "roadmap.roles.warning.empty";
    public static final String NO_PRINCIPAL = "roadmap.roles.warning.noPrincipal";
    public static final String NO_EXECUTOR = "roadmap.roles.warning.noExecutor";
    public static final String MANY = "roadmap.roles.warning.manyPrincipal";
    public static final String NEGATIVE = "roadmap.roles.warning.negativeAttitude";

    private MatrixRules() {
    }

    public static boolean valid(RoleMatrix m) {
        return !m.procedures().isEmpty()
                && m.procedures().stream().allMatch(p -> m.count(p.id(), Responsibility.PRINCIPAL) == 1);
    }

    /** Warnings in the order people read the grid: the matrix, then each procedure, then each actor. */
    public static List<RoleWarning> warnings(RoleMatrix m, Map<Long, StakeholderFact> stakeholders) {
        List<RoleWarning> warnings = new ArrayList<>();
        if (m.procedures().isEmpty()) {
            warnings.add(new RoleWarning(EMPTY, List.of(), null, null));
            return warnings;
        }
        for (Procedure p : m.procedures()) {
            if (m.count(p.id(), Responsibility.PRINCIPAL) == 0) {
                warnings.add(new RoleWarning(NO_PRINCIPAL, List.of(new Verbatim(p.name())), p.id(), null));
            }
            if (m.count(p.id(), Responsibility.EXECUTES) == 0) {
                warnings.add(new RoleWarning(NO_EXECUTOR, List.of(new Verbatim(p.name())), p.id(), null));
            }
        }
        for (MatrixActor a : m.actors()) {
            long principal = m.cells().stream().filter(c -> c.actorId() == a.id() && c.role() == Responsibility.PRINCIPAL).count();
            if (principal > MANY_PRINCIPAL) {
                warnings.add(new RoleWarning(MANY, List.of(new Verbatim(a.name()), principal), null, a.id()));
            }
            StakeholderFact s = a.stakeholderId() == null ? null : stakeholders.get(a.stakeholderId());
            boolean holdsWork = m.cells().stream().anyMatch(c -> c.actorId() == a.id()
                    && (c.role() == Responsibility.PRINCIPAL || c.role() == Responsibility.EXECUTES));
            if (s != null && s.attitude() < 0 && holdsWork) {
                warnings.add(new RoleWarning(NEGATIVE, List.of(new Verbatim(a.name()), new Verbatim(s.name()), s.attitude()), null, a.id()));
            }
        }
        return warnings;
    }

    /** What leaving Service development still lacks: no procedure, or the procedures without exactly one principal. */
    public static List<String> proceduresWithoutOnePrincipal(RoleMatrix m) {
        return m.procedures().stream().filter(p -> m.count(p.id(), Responsibility.PRINCIPAL) != 1).map(Procedure::name).toList();
    }
}
