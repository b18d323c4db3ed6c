package no.veikart.roadmap.platform.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;
import no.veikart.roadmap.common.domain.ConfigStore;

public class AoConfigStore implements ConfigStore {
    private final ActiveObjects ao;

    public AoConfigStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<String> get(String key) {
        ConfigEntryEntity[] rows = ao.find(ConfigEntryEntity.class, Query.select().where("CONFIG_KEY = ?", key));
        return rows.length == 0 ? Optional.empty() : Optional.ofNullable(rows[0].getConfigValue());
    }

    @Override
    public Map<String, String> getAll(String prefix) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ConfigEntryEntity row : ao.find(ConfigEntryEntity.class,
                Query.select().where("CONFIG_KEY LIKE ?", prefix + "%").order("CONFIG_KEY ASC"))) {
            values.put(row.getConfigKey(), row.getConfigValue());
        }
        return values;
    }

    @Override
    public String putIfAbsent(String key, String value) {
        Optional<String> existing = get(key);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            ao.executeInTransaction(() -> ao.create(ConfigEntryEntity.class, Map.of("CONFIG_KEY", key, "CONFIG_VALUE", value)));
            return value;
        } catch (RuntimeException e) {
            if (RevisionClaims.isUniqueViolation(e)) {
                return get(key).orElseThrow(() -> e);
            }
            throw e;
        }
    }

    @Override
    public boolean replace(String key, String expected, String value) {
        return ao.executeInTransaction(() -> {
            ConfigEntryEntity[] rows = ao.find(ConfigEntryEntity.class, Query.select().where("CONFIG_KEY = ?", key));
            if (rows.length == 0 || !java.util.Objects.equals(rows[0].getConfigValue(), expected)) {
                return false;
            }
            rows[0].setConfigValue(value);
            rows[0].save();
            return true;
        });
    }
}
