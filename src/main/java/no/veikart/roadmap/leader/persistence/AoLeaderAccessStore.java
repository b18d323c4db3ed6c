package no.veikart.roadmap.leader.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.leader.domain.LeaderAccessSettings;
import no.veikart.roadmap.leader.domain.LeaderAccessStore;
import no.veikart.roadmap.platform.persistence.ConfigEntryEntity;
import no.veikart.roadmap.platform.persistence.RevisionClaims;

/**
 * The settings in the shared config table under {@code leader.access}: three lines — version, groups (tab separated,
 * as Jira group names may hold commas), project keys (comma separated). A save claims its version
 * ({@link RevisionClaims}, "leaderAccess:0:&lt;version&gt;") in the transaction that writes the row, so of two
 * administrators saving at once exactly one wins at any isolation level and the other gets 409. Comparing the value
 * before replacing it was not enough: H2 let both saves through (LostUpdateContract.leaderAccess).
 */
public class AoLeaderAccessStore implements LeaderAccessStore {
    static final String KEY = "leader.access";
    private final ActiveObjects ao;
    private final RevisionClaims claims;

    public AoLeaderAccessStore(ActiveObjects ao) {
        this.ao = ao;
        this.claims = new RevisionClaims(ao);
    }

    @Override
    public LeaderAccessSettings load() {
        ConfigEntryEntity[] rows = rows();
        return rows.length == 0 || rows[0].getConfigValue() == null ? LeaderAccessSettings.NONE : parse(rows[0].getConfigValue());
    }

    @Override
    public LeaderAccessSettings save(List<String> groups, List<String> projects, long expectedVersion) {
        return claims.write(() -> {
            ConfigEntryEntity[] rows = rows();
            LeaderAccessSettings current = rows.length == 0 || rows[0].getConfigValue() == null ? LeaderAccessSettings.NONE
                    : parse(rows[0].getConfigValue());
            if (current.version() != expectedVersion) {
                throw stale();
            }
            LeaderAccessSettings next = new LeaderAccessSettings(groups, projects, expectedVersion + 1);
            claims.claim("leaderAccess", 0, next.version());
            if (rows.length == 0) {
                try {
                    ao.create(ConfigEntryEntity.class, Map.of("CONFIG_KEY", KEY, "CONFIG_VALUE", format(next)));
                } catch (RuntimeException e) {
                    if (RevisionClaims.isUniqueViolation(e)) {
                        throw stale();
                    }
                    throw e;
                }
            } else {
                rows[0].setConfigValue(format(next));
                rows[0].save();
            }
            return next;
        });
    }

    private ConfigEntryEntity[] rows() {
        return ao.find(ConfigEntryEntity.class, Query.select().where("CONFIG_KEY = ?", KEY));
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
