package no.veikart.roadmap.phase.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.veikart.roadmap.phase.domain.TemplateDraft;

/**
 * Reads the template form of the admin page into a draft. Rows are ordered by their position field, rows marked
 * "remove" and blank new rows are dropped, and a name left as the shown default stays translatable (null).
 */
final class TemplateForm {
    private TemplateForm() {
    }

    static TemplateDraft read(Map<String, String[]> params) {
        List<Row<TemplateDraft.PhaseDraft>> phases = new ArrayList<>();
        int phaseCount = intParam(params, "phaseCount", 0);
        for (int i = 0; i <= Math.min(phaseCount, 20); i++) {
            String p = "p" + i + ".";
            String key = param(params, p + "key");
            String name = nameOrDefault(params, p);
            if (has(params, p + "remove") || (blank(key) && blank(name))) {
                continue;
            }
            List<Row<TemplateDraft.StepDraft>> steps = new ArrayList<>();
            int stepCount = intParam(params, p + "stepCount", 0);
            for (int j = 0; j <= Math.min(stepCount, 40); j++) {
                String s = p + "s" + j + ".";
                String stepKey = param(params, s + "key");
                String stepName = nameOrDefault(params, s);
                if (has(params, s + "remove") || (blank(stepKey) && blank(stepName))) {
                    continue;
                }
                if (blank(stepKey)) {
                    stepKey = keyFrom(stepName, j);
                }
                steps.add(new Row<>(intParam(params, s + "position", j), new TemplateDraft.StepDraft(stepKey, stepName,
                        has(params, s + "mandatory"))));
            }
            phases.add(new Row<>(intParam(params, p + "position", i),
                    new TemplateDraft.PhaseDraft(blank(key) ? keyFrom(name, i) : key.strip().toUpperCase(Locale.ROOT), name, sorted(steps))));
        }
        return new TemplateDraft(nameOrDefault(params, ""), sorted(phases));
    }

    private record Row<T>(int position, T value) {
    }

    private static <T> List<T> sorted(List<Row<T>> rows) {
        return rows.stream().sorted(Comparator.comparingInt(Row::position)).map(Row::value).toList();
    }

    private static String nameOrDefault(Map<String, String[]> params, String prefix) {
        String name = param(params, prefix + "name");
        String shownDefault = param(params, prefix + "defaultName");
        return name != null && name.equals(shownDefault) ? null : name;
    }

    /** A key for a new row: ASCII letters of its name, upper case, made unique by the row number. */
    static String keyFrom(String name, int row) {
        String base = name == null ? "" : java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "").toUpperCase(Locale.ROOT);
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
            base = "CUSTOM_" + base;
        }
        String key = base + "_" + row;
        return key.length() > 40 ? key.substring(key.length() - 40).replaceAll("^[^A-Z]+", "C") : key;
    }

    private static String param(Map<String, String[]> params, String name) {
        String[] values = params.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static boolean has(Map<String, String[]> params, String name) {
        return param(params, name) != null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static int intParam(Map<String, String[]> params, String name, int fallback) {
        String value = param(params, name);
        try {
            return value == null ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
