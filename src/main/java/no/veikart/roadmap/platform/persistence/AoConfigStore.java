package no.veikart.roadmap.platform.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;
import no.veikart.roadmap.common.domain.ConfigStore;

public class AoConfigStore implements ConfigStore {
    private final ActiveObjects ao;
    private final RevisionClaims claims;

    public AoConfigStore(ActiveObjects ao) {
        this.ao = ao;
        this.claims = new RevisionClaims(ao);
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

    /**
     * Compare-and-set. The row is locked (an update of its unchanged key) before its value is compared: at READ
     * COMMITTED a concurrent replace then waits, and the comparison reads what it committed, so two writers that read
     * the same value cannot both win. At SERIALIZABLE (Active Objects' default) the database refuses the second
     * writer instead; {@link RevisionClaims#write} runs it again, and then the comparison fails.
     */
    @Override
    public boolean replace(String key, String expected, String value) {
        return claims.write(() -> {
            ConfigEntryEntity[] rows = ao.find(ConfigEntryEntity.class, Query.select().where("CONFIG_KEY = ?", key));
            if (rows.length == 0) {
                return false;
            }
            rows[0].setConfigKey(rows[0].getConfigKey());
            rows[0].save();
            // read again after the lock, through a new query, not the proxy that may hold the value read before it
            ConfigEntryEntity[] locked = ao.find(ConfigEntryEntity.class, Query.select().where("CONFIG_KEY = ?", key));
            if (locked.length == 0 || !java.util.Objects.equals(locked[0].getConfigValue(), expected)) {
                return false;
            }
            locked[0].setConfigValue(value);
            locked[0].save();
            return true;
        });
    }
}
