package no.veikart.roadmap.testsupport;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.java.ao.Query;
import no.veikart.roadmap.gain.persistence.GainEntity;
import no.veikart.roadmap.gain.persistence.MeasurementEntity;

/**
 * Recomputes every gain's denormalised latest measurement ({@code LATEST_VALUE}, {@code LATEST_MEASURED_ON},
 * {@code MEASUREMENT_COUNT}) from the measurement table and lists the gains whose columns disagree: after any amount
 * of concurrent writing, the list must be empty.
 */
public final class LatestMeasurementColumns {

    private LatestMeasurementColumns() {
    }

    /** How many gains were checked and the disagreements, e.g. {@code "gain 7: count 3 != 2"}. */
    public record Report(int gains, int measured, List<String> mismatches) {
    }

    public static Report check(ActiveObjects ao) {
        ao.flushAll();
        Map<Long, List<MeasurementEntity>> byGain = new HashMap<>();
        for (MeasurementEntity m : ao.find(MeasurementEntity.class, Query.select().order("ID ASC"))) {
            byGain.computeIfAbsent(m.getGainId(), k -> new ArrayList<>()).add(m);
        }
        GainEntity[] gains = ao.find(GainEntity.class);
        List<String> mismatches = new ArrayList<>();
        int measured = 0;
        for (GainEntity gain : gains) {
            List<MeasurementEntity> ms = byGain.getOrDefault((long) gain.getID(), List.of());
            measured += ms.isEmpty() ? 0 : 1;
            MeasurementEntity latest = ms.stream().filter(m -> m.getMeasuredOn() != null)
                    .max(Comparator.comparing((MeasurementEntity m) -> m.getMeasuredOn().getTime())
                            .thenComparing(MeasurementEntity::getID))
                    .orElse(null);
            String what = "gain " + gain.getID() + ": ";
            if (gain.getMeasurementCount() != ms.size()) {
                mismatches.add(what + "count " + gain.getMeasurementCount() + " != " + ms.size());
            }
            if (!Objects.equals(gain.getLatestValue(), latest == null ? null : latest.getMeasuredValue())) {
                mismatches.add(what + "latest value " + gain.getLatestValue());
            }
            Long expected = latest == null ? null : latest.getMeasuredOn().getTime();
            Long actual = gain.getLatestMeasuredOn() == null ? null : gain.getLatestMeasuredOn().getTime();
            if (!Objects.equals(expected, actual)) {
                mismatches.add(what + "latest date " + gain.getLatestMeasuredOn());
            }
        }
        return new Report(gains.length, measured, mismatches);
    }
}
