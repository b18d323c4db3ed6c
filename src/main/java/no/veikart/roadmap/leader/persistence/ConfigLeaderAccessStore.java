package no.veikart.roadmap.leader.persistence;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import no.veikart.roadmap.common.domain.ConfigStore;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.leader.domain.LeaderAccessSettings;
import no.veikart.roadmap.leader.domain.LeaderAccessStore;

/**
 * The settings in the shared config table under {@code leader.access}: three lines — version, groups (tab separated,
 * as Jira group names may hold commas), project keys (comma separated). A save replaces the exact value it read, so
 * two administrators saving at once cannot both win (409 for the second).
 */
public class ConfigLeaderAccessStore implements LeaderAccessStore {
    static final String KEY = "leader.access";
    private final ConfigStore config;

    public ConfigLeaderAccessStore(ConfigStore config) {
        this.config = config;
    }

    @Override
    public LeaderAccessSettings load() {
        return config.get(KEY).map(ConfigLeaderAccessStore::parse).orElse(LeaderAccessSettings.NONE);
    }

    @Override
    public LeaderAccessSettings save(List<String> groups, List<String> projects, long expectedVersion) {
        Optional<String> raw = config.get(KEY);
        LeaderAccessSettings current = raw.map(ConfigLeaderAccessStore::parse).orElse(LeaderAccessSettings.NONE);
        if (current.version() != expectedVersion) {
            throw stale();
        }
        LeaderAccessSettings next = new LeaderAccessSettings(groups, projects, expectedVersion + 1);
        String value = format(next);
        boolean saved = raw.isPresent() ? config.replace(KEY, raw.get(), value) : config.putIfAbsent(KEY, value).equals(value);
        if (!saved) {
            throw stale();
        }
        return next;
    }

    private static RoadmapException stale() {
        return new RoadmapException.Conflict(FieldError.of("version", "roadmap.error.staleVersion"));
    }

    static String format(LeaderAccessSettings s) {
        return s.version() + "\n" + String.join("\t", s.groups()) + "\n" + String.join(",", s.projects());
    }

    static LeaderAccessSettings parse(String value) {
        String[] lines = value.split("\n", -1);
        try {
            return new LeaderAccessSettings(split(lines, 1, "\t"), split(lines, 2, ","), Long.parseLong(lines[0].strip()));
        } catch (NumberFormatException e) {
            return LeaderAccessSettings.NONE;
        }
    }

    private static List<String> split(String[] lines, int index, String separator) {
        if (lines.length <= index || lines[index].isEmpty()) {
            return List.of();
        }
        return Arrays.stream(lines[index].split(separator)).filter(s -> !s.isBlank()).toList();
    }
}
