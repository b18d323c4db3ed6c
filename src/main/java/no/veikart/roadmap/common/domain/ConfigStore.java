package no.veikart.roadmap.common.domain;

import java.util.Map;
import java.util.Optional;

/** Small shared settings (e.g. ids of the issue types the plugin created), stored in the database for every node. */
public interface ConfigStore {
    Optional<String> get(String key);

    Map<String, String> getAll(String prefix);

    /** Sets the value unless another node set it first; returns the value that is stored. */
    String putIfAbsent(String key, String value);

    /**
     * Sets the value only while the stored one is still {@code expected} (e.g. the id of something an administrator
     * deleted, now created again); true when it did.
     */
    boolean replace(String key, String expected, String value);
}
