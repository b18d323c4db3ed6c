package no.veikart.roadmap.testsupport;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import no.veikart.roadmap.common.domain.ConfigStore;

/** The shared settings table in a map, with the store's compare-and-set; {@code values} for the test to look into. */
public final class MapConfigStore implements ConfigStore {
    public final Map<String, String> values = new HashMap<>();

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    @Override
    public Map<String, String> getAll(String prefix) {
        Map<String, String> found = new HashMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                found.put(k, v);
            }
        });
        return found;
    }

    @Override
    public String putIfAbsent(String key, String value) {
        return values.computeIfAbsent(key, k -> value);
    }

    @Override
    public boolean replace(String key, String expected, String value) {
        return values.replace(key, expected, value);
    }
}
