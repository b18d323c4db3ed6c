package no.veikart.roadmap.risk.domain;

import java.util.List;
import java.util.Map;
import no.veikart.roadmap.common.domain.AdminSettingsGroup;
import no.veikart.roadmap.common.domain.Actor;

/**
 * The matrix regions as one group of the admin page's settings (form {@code roadmap-settings-riskRegions-form}):
 * the highest low and the highest medium score. Checks, audit and the rewrite of the "Risk level" fields are
 * {@link RiskRegionsService}'s.
 */
public class RiskRegionsSettings implements AdminSettingsGroup {
    private final RiskRegionsService regions;
    private final ProjectKeys projects;

    public RiskRegionsSettings(RiskRegionsService regions, ProjectKeys projects) {
        this.regions = regions;
        this.projects = projects;
    }

    @Override
    public String name() {
        return "riskRegions";
    }

    @Override
    public String titleKey() {
        return "roadmap.risk.regions.title";
    }

    @Override
    public String descriptionKey() {
        return "roadmap.risk.regions.description";
    }

    @Override
    public List<Setting> fields() {
        MatrixRegions now = regions.regions();
        return List.of(
                new Setting(RiskRegionsService.LOW_MAX, RiskRegionsService.LOW_LABEL, now.lowMax(), 1, 23,
                        MatrixRegions.DEFAULT.lowMax()),
                new Setting(RiskRegionsService.MEDIUM_MAX, RiskRegionsService.MEDIUM_LABEL, now.mediumMax(), 2, 24,
                        MatrixRegions.DEFAULT.mediumMax()));
    }

    @Override
    public void save(Actor actor, Map<String, String> values) {
        regions.save(actor, values.get(RiskRegionsService.LOW_MAX), values.get(RiskRegionsService.MEDIUM_MAX), null,
                actor != null && projects != null ? projects.all() : List.of());
    }
}
