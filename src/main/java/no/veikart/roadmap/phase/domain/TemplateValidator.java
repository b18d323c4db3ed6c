package no.veikart.roadmap.phase.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.InputRules;
import no.veikart.roadmap.common.domain.RoadmapException;

/** Checks an admin's template once, at the boundary, and names every failing field. */
public final class TemplateValidator {
    static final int MAX_NAME = 120;
    static final int MAX_STEP_NAME = 255;
    static final int MAX_PHASES = 12;
    static final int MAX_STEPS = 30;
    private static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    private final Set<String> knownStepKeys;
    private final Set<String> knownPhaseKeys;

    public TemplateValidator() {
        RoadmapTemplate builtIn = DefaultTemplate.create();
        knownPhaseKeys = new HashSet<>();
        knownStepKeys = new HashSet<>();
        for (PhaseDefinition p : builtIn.phases()) {
            knownPhaseKeys.add(p.key());
            p.steps().forEach(s -> knownStepKeys.add(s.key()));
        }
    }

    public RoadmapTemplate validate(TemplateDraft draft, long id, long version) {
        return validate(draft, id, version, false);
    }

    /** {@code nameOptional}: the built-in template may keep its translated name (null). */
    public RoadmapTemplate validate(TemplateDraft draft, long id, long version, boolean nameOptional) {
        List<FieldError> errors = new ArrayList<>();
        String name = trim(draft == null ? null : draft.name());
        if (name == null && !nameOptional) {
            errors.add(FieldError.of("name", "roadmap.error.required", "roadmap.field.name"));
        } else if (name != null && !InputRules.isCleanText(name, false)) {
            errors.add(FieldError.of("name", "roadmap.error.invalidValue", "roadmap.field.name"));
        } else if (name != null && name.length() > MAX_NAME) {
            errors.add(FieldError.of("name", "roadmap.error.tooLong", "roadmap.field.name", MAX_NAME));
        }
        List<TemplateDraft.PhaseDraft> phaseDrafts = draft == null || draft.phases() == null ? List.of() : draft.phases();
        if (phaseDrafts.isEmpty()) {
            errors.add(FieldError.of("phases", "roadmap.error.required", "roadmap.field.phases"));
        } else if (phaseDrafts.size() > MAX_PHASES) {
            errors.add(FieldError.of("phases", "roadmap.error.outOfRange", "roadmap.field.phases", 1, MAX_PHASES));
        }
        Set<String> phaseKeys = new HashSet<>();
        Set<String> stepKeys = new HashSet<>();
        List<PhaseDefinition> phases = new ArrayList<>();
        for (int i = 0; i < phaseDrafts.size() && i < MAX_PHASES; i++) {
            TemplateDraft.PhaseDraft pd = phaseDrafts.get(i);
            String path = "phases[" + i + "]";
            if (pd == null) {
                errors.add(FieldError.of(path, "roadmap.error.required", "roadmap.field.phases"));
                continue;
            }
            String key = checkKey(pd.key(), path + ".key", phaseKeys, errors);
            String phaseName = checkName(pd.name(), path + ".name", MAX_NAME,
                    key != null && knownPhaseKeys.contains(key), errors);
            List<TemplateDraft.StepDraft> stepDrafts = pd.steps() == null ? List.of() : pd.steps();
            if (stepDrafts.size() > MAX_STEPS) {
                errors.add(FieldError.of(path + ".steps", "roadmap.error.outOfRange", "roadmap.field.steps", 0, MAX_STEPS));
            }
            List<StepDefinition> steps = new ArrayList<>();
            for (int j = 0; j < stepDrafts.size() && j < MAX_STEPS; j++) {
                TemplateDraft.StepDraft sd = stepDrafts.get(j);
                String stepPath = path + ".steps[" + j + "]";
                if (sd == null) {
                    errors.add(FieldError.of(stepPath, "roadmap.error.required", "roadmap.field.steps"));
                    continue;
                }
                String stepKey = checkKey(sd.key(), stepPath + ".key", stepKeys, errors);
                String stepName = checkName(sd.name(), stepPath + ".name", MAX_STEP_NAME,
                        stepKey != null && knownStepKeys.contains(stepKey), errors);
                steps.add(new StepDefinition(stepKey, stepName, Boolean.TRUE.equals(sd.mandatory())));
            }
            phases.add(new PhaseDefinition(key, phaseName, steps));
        }
        if (!errors.isEmpty()) {
            throw new RoadmapException.Invalid(errors);
        }
        return new RoadmapTemplate(id, name, false, version, phases);
    }

    private static String checkKey(String raw, String field, Set<String> seen, List<FieldError> errors) {
        String key = trim(raw);
        if (key == null) {
            errors.add(FieldError.of(field, "roadmap.error.required", "roadmap.field.key"));
            return null;
        }
        if (!KEY.matcher(key).matches()) {
            errors.add(FieldError.of(field, "roadmap.error.unknownValue", "roadmap.field.key", key));
            return null;
        }
        if (!seen.add(key)) {
            errors.add(FieldError.of(field, "roadmap.error.duplicateKey", "roadmap.field.key", key));
        }
        return key;
    }

    /** A blank name is allowed for the method's own keys: the i18n name is used then. */
    private static String checkName(String raw, String field, int max, boolean hasDefaultName, List<FieldError> errors) {
        String name = trim(raw);
        if (name == null) {
            if (!hasDefaultName) {
                errors.add(FieldError.of(field, "roadmap.error.required", "roadmap.field.name"));
            }
            return null;
        }
        if (!InputRules.isCleanText(name, false)) {
            errors.add(FieldError.of(field, "roadmap.error.invalidValue", "roadmap.field.name"));
        } else if (name.length() > max) {
            errors.add(FieldError.of(field, "roadmap.error.tooLong", "roadmap.field.name", max));
        }
        return name;
    }

    private static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
