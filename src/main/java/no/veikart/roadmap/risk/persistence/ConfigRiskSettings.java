package no.veikart.roadmap.risk.persistence;

import java.util.Optional;
import no.veikart.roadmap.common.domain.ConfigStore;
import no.veikart.roadmap.risk.domain.MatrixRegions;
import no.veikart.roadmap.risk.domain.RegionsStore;
import no.veikart.roadmap.risk.domain.RiskRegionsService;

/**
 * The matrix regions from the shared config table ({@code risk.regions} = "lowMax,mediumMax"), read on every use so
 * every node sees a change at once; the default when unset or unreadable.
 */
public class ConfigRiskSettings implements RegionsStore {
    static final String KEY = "risk.regions";
    private final ConfigStore config;

    public ConfigRiskSettings(ConfigStore config) {
        this.config = config;
    }

    @Override
    public MatrixRegions regions() {
        return config.get(KEY).flatMap(ConfigRiskSettings::parse).orElse(MatrixRegions.DEFAULT);
    }

    /** Compare-and-set on the stored text, so two administrators saving at once cannot both win. */
    @Override
    public boolean replace(MatrixRegions expected, MatrixRegions next) {
        Optional<String> stored = config.get(KEY);
        if (!stored.flatMap(ConfigRiskSettings::parse).orElse(MatrixRegions.DEFAULT).equals(expected)) {
            return false;
        }
        String value = RiskRegionsService.text(next);
        return stored.isEmpty() ? value.equals(config.putIfAbsent(KEY, value)) : config.replace(KEY, stored.get(), value);
    }

    static Optional<MatrixRegions> parse(String value) {
        String[] parts = value.split(",");
        try {
            return Optional.of(new MatrixRegions(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip())));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
