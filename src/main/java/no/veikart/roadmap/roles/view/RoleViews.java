package no.veikart.roadmap.roles.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.veikart.roadmap.common.domain.Texts;
import no.veikart.roadmap.roles.domain.ActorKind;
import no.veikart.roadmap.roles.domain.Cell;
import no.veikart.roadmap.roles.domain.MatrixActor;
import no.veikart.roadmap.roles.domain.Procedure;
import no.veikart.roadmap.roles.domain.Responsibility;
import no.veikart.roadmap.roles.domain.RoleMatrix;
import no.veikart.roadmap.roles.domain.RoleMatrixOverview;
import no.veikart.roadmap.roles.domain.RoleWarning;
import no.veikart.roadmap.roles.domain.StakeholderFact;

/** Turns matrices into view records with every name and letter in the reader's language. */
public class RoleViews {
    private final Texts texts;

    public RoleViews(Texts texts) {
        this.texts = texts;
    }

    public RoleMatrixView overview(RoleMatrixOverview o, Locale locale) {
        List<RoleWarningView> warnings = o.warnings().stream().map(w -> warning(w, locale)).toList();
        Set<Long> flagged = o.warnings().stream().filter(w -> w.procedureId() != null).map(RoleWarning::procedureId)
                .collect(Collectors.toSet());
        List<RoleOptionView> stakeholders = o.stakeholders().values().stream()
                .sorted(Comparator.comparing(StakeholderFact::name, String.CASE_INSENSITIVE_ORDER).thenComparingLong(StakeholderFact::id))
                .map(s -> new RoleOptionView(String.valueOf(s.id()), s.name())).toList();
        return matrix(o.initiative().issueKey(), o.initiative().projectKey(), o.matrix(), o.canEdit(), o.valid(), warnings, flagged, o.stakeholders(),
                stakeholders, locale);
    }

    /** A matrix that is only a draft (e.g. copied from another initiative): no warnings or stakeholders yet. */
    public RoleMatrixView draft(String issueKey, RoleMatrix m, Locale locale) {
        return matrix(issueKey, null, m, true, false, List.of(), Set.of(), Map.of(), List.of(), locale);
    }

    private RoleMatrixView matrix(String issueKey, String projectKey, RoleMatrix m, boolean editable, boolean valid, List<RoleWarningView> warnings,
            Set<Long> flagged, Map<Long, StakeholderFact> facts, List<RoleOptionView> stakeholderOptions, Locale locale) {
        List<RoleProcedureView> procedures = m.procedures().stream().map(p -> new RoleProcedureView(p.id(), p.name())).toList();
        List<RoleActorView> actors = m.actors().stream().map(a -> actor(a, facts, locale)).toList();
        List<RoleCellView> cells = m.cells().stream().map(c -> cell(c, locale)).toList();
        Map<List<Long>, Responsibility> byPosition = new HashMap<>();
        for (Cell c : m.cells()) {
            byPosition.put(List.of(c.procedureId(), c.actorId()), c.role());
        }
        List<RoleRowView> rows = new ArrayList<>();
        for (Procedure p : m.procedures()) {
            List<RoleCellView> row = new ArrayList<>();
            for (MatrixActor a : m.actors()) {
                Responsibility r = byPosition.get(List.of(p.id(), a.id()));
                row.add(r == null ? new RoleCellView(p.id(), a.id(), "", "", "") : cell(new Cell(p.id(), a.id(), r), locale));
            }
            rows.add(new RoleRowView(p.id(), p.name(), row, flagged.contains(p.id())));
        }
        List<RoleLetterView> legend = Arrays.stream(Responsibility.values())
                .map(r -> new RoleLetterView(r.name(), letter(r, locale), roleName(r, locale))).toList();
        List<RoleOptionView> kinds = Arrays.stream(ActorKind.values())
                .map(k -> new RoleOptionView(k.name(), kindName(k, locale))).toList();
        return new RoleMatrixView(issueKey, projectKey, editable, valid, m.version(), procedures, actors, cells, rows, warnings,
                legend, kinds, stakeholderOptions, !procedures.isEmpty(), !actors.isEmpty(), !warnings.isEmpty());
    }

    public String letter(Responsibility r, Locale locale) {
        return texts.text(locale, "roadmap.roles.letter." + r.name());
    }

    public String roleName(Responsibility r, Locale locale) {
        return texts.text(locale, "roadmap.roles.role." + r.name());
    }

    public String kindName(ActorKind k, Locale locale) {
        return texts.text(locale, "roadmap.roles.kind." + k.name());
    }

    private RoleActorView actor(MatrixActor a, Map<Long, StakeholderFact> facts, Locale locale) {
        StakeholderFact s = a.stakeholderId() == null ? null : facts.get(a.stakeholderId());
        return new RoleActorView(a.id(), a.name(), a.kind().name(), kindName(a.kind(), locale), a.userKey(), a.stakeholderId(),
                s == null ? null : s.name());
    }

    private RoleCellView cell(Cell c, Locale locale) {
        return new RoleCellView(c.procedureId(), c.actorId(), c.role().name(), letter(c.role(), locale), roleName(c.role(), locale));
    }

    private RoleWarningView warning(RoleWarning w, Locale locale) {
        return new RoleWarningView(w.key(), texts.text(locale, w.key(), w.args().toArray()), w.procedureId(), w.actorId());
    }
}
