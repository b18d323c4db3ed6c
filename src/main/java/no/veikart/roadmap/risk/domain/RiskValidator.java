package no.veikart.roadmap.risk.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.veikart.roadmap.common.domain.FieldChecks;
import no.veikart.roadmap.common.domain.FieldError;

/**
 * Checks risk and measure input once, at the boundary, naming each failing field by its JSON name
 * ({@code measures[2].text} for one measure). Text and dates follow {@link FieldChecks}; likelihood and consequence
 * are 1…5; residual likelihood and consequence come together or not at all; an acceptance needs a reason; a measure
 * id must be one of the risk's own.
 */
public final class RiskValidator {
    public static final int MAX_TITLE = 255;
    public static final int MAX_OWNER = 255;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_CAUSE = 2000;
    public static final int MAX_CONTINGENCY = 4000;
    public static final int MAX_MEASURE = 2000;
    public static final int MAX_REASON = 2000;
    public static final int MAX_PLAN = 8000;
    public static final int MAX_MEASURES = 50;
    static final String TOGETHER = "roadmap.risk.error.residualTogether";
    static final String UNKNOWN_MEASURE = "roadmap.risk.error.unknownMeasure";
    static final String TOO_MANY = "roadmap.error.tooMany";

    /**
     * The risk as drafted: {@code current} null for a new one. {@code acceptedBy} is who accepts when the draft
     * brings a new acceptance reason; an unchanged reason keeps who accepted it and when.
     */
    public Risk validate(RiskDraft draft, Risk current, long initiativeId, String acceptedBy, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        RiskDraft d = draft == null ? empty() : draft;
        String title = FieldChecks.text(d.title(), "title", "roadmap.risk.field.title", MAX_TITLE, true, false, errors);
        String description = FieldChecks.text(d.description(), "description", "roadmap.risk.field.description",
                MAX_DESCRIPTION, false, true, errors);
        String cause = FieldChecks.text(d.cause(), "cause", "roadmap.risk.field.cause", MAX_CAUSE, false, true, errors);
        RiskCategory category = FieldChecks.enumValue(d.category(), RiskCategory.class, "category",
                "roadmap.risk.field.category", true, errors);
        int likelihood = scale(d.likelihood(), "likelihood", "roadmap.risk.field.likelihood", true, errors);
        int consequence = scale(d.consequence(), "consequence", "roadmap.risk.field.consequence", true, errors);
        Integer residualLikelihood = scale(d.residualLikelihood(), "residualLikelihood", "roadmap.risk.field.residualLikelihood",
                false, errors);
        Integer residualConsequence = scale(d.residualConsequence(), "residualConsequence",
                "roadmap.risk.field.residualConsequence", false, errors);
        if (d.residualLikelihood() == null && d.residualConsequence() != null) {
            errors.add(FieldError.of("residualLikelihood", TOGETHER, "roadmap.risk.field.residualLikelihood",
                    "roadmap.risk.field.residualConsequence"));
        } else if (d.residualLikelihood() != null && d.residualConsequence() == null) {
            errors.add(FieldError.of("residualConsequence", TOGETHER, "roadmap.risk.field.residualConsequence",
                    "roadmap.risk.field.residualLikelihood"));
        }
        String contingency = FieldChecks.text(d.contingency(), "contingency", "roadmap.risk.field.contingency",
                MAX_CONTINGENCY, false, true, errors);
        String owner = FieldChecks.text(d.owner(), "owner", "roadmap.risk.field.owner", MAX_OWNER, false, false, errors);
        LocalDate nextReview = FieldChecks.date(d.nextReview(), "nextReview", "roadmap.risk.field.nextReview", false, errors);
        Acceptance acceptance = acceptance(d.acceptance(), current == null ? null : current.acceptance(), acceptedBy, today,
                errors);
        List<Measure> measures = d.measures() == null ? (current == null ? List.of() : current.measures())
                : measures(d.measures(), current == null ? List.of() : current.measures(), errors);
        FieldChecks.throwIfAny(errors);
        boolean residual = residualLikelihood != null && residualConsequence != null;
        return new Risk(current == null ? 0 : current.id(), initiativeId, title, description, cause, category, likelihood,
                consequence, residual ? residualLikelihood : null, residual ? residualConsequence : null, contingency,
                acceptance, owner, nextReview, measures, current == null ? 0 : current.version());
    }

    /** One new measure (id 0), for POST …/measures. */
    public Measure validateMeasure(MeasureDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        Measure m = measure(draft == null ? new MeasureDraft(null, null, null, null, null) : draft, "", 0, null, errors);
        FieldChecks.throwIfAny(errors);
        return m;
    }

    /** A stored measure as changed (PUT …/measures/{measureId}): keeps its id and its Jira task. */
    public Measure validateMeasure(MeasureDraft draft, Measure stored) {
        List<FieldError> errors = new ArrayList<>();
        Measure m = measure(draft == null ? new MeasureDraft(null, null, null, null, null) : draft, "", stored.id(),
                stored.issueKey(), errors);
        FieldChecks.throwIfAny(errors);
        return m;
    }

    private static Acceptance acceptance(RiskDraft.AcceptanceDraft draft, Acceptance stored, String by, LocalDate today,
            List<FieldError> errors) {
        if (draft == null) {
            return stored;
        }
        String reason = FieldChecks.text(draft.reason(), "acceptance.reason", "roadmap.risk.field.acceptanceReason",
                MAX_REASON, false, true, errors);
        LocalDate date = FieldChecks.date(draft.date(), "acceptance.date", "roadmap.risk.field.acceptanceDate", false, errors);
        if (reason == null) {
            return null;
        }
        if (stored != null && stored.reason().equals(reason) && (date == null || date.equals(stored.date()))) {
            return stored;
        }
        return new Acceptance(by, reason, date == null ? today : date);
    }

    private static List<Measure> measures(List<MeasureDraft> drafts, List<Measure> stored, List<FieldError> errors) {
        if (drafts.size() > MAX_MEASURES) {
            errors.add(FieldError.of("measures", TOO_MANY, "roadmap.risk.field.measures", MAX_MEASURES));
            return List.of();
        }
        Map<Long, Measure> byId = stored.stream().collect(Collectors.toMap(Measure::id, Function.identity()));
        Set<Long> seen = new HashSet<>();
        List<Measure> result = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            MeasureDraft m = drafts.get(i) == null ? new MeasureDraft(null, null, null, null, null) : drafts.get(i);
            String prefix = "measures[" + i + "].";
            Measure existing = null;
            if (m.id() != null) {
                existing = byId.get(m.id());
                if (existing == null || !seen.add(m.id())) {
                    errors.add(FieldError.of(prefix + "id", UNKNOWN_MEASURE, "roadmap.risk.field.measure", m.id()));
                    continue;
                }
            }
            Measure valid = measure(m, prefix, existing == null ? 0 : existing.id(), existing == null ? null : existing.issueKey(),
                    errors);
            if (valid != null) {
                result.add(valid);
            }
        }
        return result;
    }

    private static Measure measure(MeasureDraft m, String prefix, long id, String issueKey, List<FieldError> errors) {
        int before = errors.size();
        String text = FieldChecks.text(m.text(), prefix + "text", "roadmap.risk.field.measureText", MAX_MEASURE, true, true,
                errors);
        String owner = FieldChecks.text(m.owner(), prefix + "owner", "roadmap.risk.field.measureOwner", MAX_OWNER, false,
                false, errors);
        LocalDate due = FieldChecks.date(m.due(), prefix + "due", "roadmap.risk.field.measureDue", false, errors);
        MeasureStatus status = FieldChecks.enumValue(m.status(), MeasureStatus.class, prefix + "status",
                "roadmap.risk.field.measureStatus", false, errors);
        if (errors.size() > before) {
            return null;
        }
        return new Measure(id, text, owner, due, status == null ? MeasureStatus.PLANNED : status, issueKey);
    }

    private static Integer scale(Integer value, String field, String label, boolean required, List<FieldError> errors) {
        if (value == null) {
            if (required) {
                errors.add(FieldError.of(field, FieldChecks.REQUIRED, label));
            }
            return required ? 1 : null;
        }
        if (value < 1 || value > RiskRules.SCALE) {
            errors.add(FieldError.of(field, FieldChecks.OUT_OF_RANGE, label, 1, RiskRules.SCALE));
            return required ? 1 : null;
        }
        return value;
    }

    /** The initiative's contingency plan text (null when blank). */
    public String validatePlan(String raw) {
        List<FieldError> errors = new ArrayList<>();
        String text = FieldChecks.text(raw, "text", "roadmap.risk.field.contingencyPlan", MAX_PLAN, false, true, errors);
        FieldChecks.throwIfAny(errors);
        return text;
    }

    private static RiskDraft empty() {
        return new RiskDraft(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
