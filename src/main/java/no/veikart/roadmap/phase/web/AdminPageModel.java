package no.veikart.roadmap.phase.web;

import java.util.List;
import no.veikart.roadmap.phase.view.TemplateView;

/**
 * View model of the administration page.
 *
 * @param pendingSearchFields initiatives whose searchable gain fields wait for a retry
 * @param settings the features' setting forms
 */
public record AdminPageModel(List<TemplateView> templates, List<AdminProjectOption> projects, List<String> messages,
        List<String> errors, int pendingSearchFields, List<AdminSettingsView> settings) {
}
