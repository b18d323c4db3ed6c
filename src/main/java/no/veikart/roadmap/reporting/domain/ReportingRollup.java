package no.veikart.roadmap.reporting.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The portfolio by organisational unit and management level (issue 19; seeds 003 and 004: results made known at every
 * level, reports to different levels): the political level gets one line per sector (initiatives per phase, expected
 * and realised gains, investment and cost so far), administrative leadership one line per unit (traffic lights and
 * overdue reports), middle management every initiative of its unit with its latest lights. Initiatives without a unit
 * form a group of their own (sector and department null), listed last.
 */
public final class ReportingRollup {
    private ReportingRollup() {
    }

    /** Political level: one sector. {@code keysByPhase} lists the issue keys behind each count. */
    public record SectorLine(String sector, List<String> keys, Map<String, List<String>> keysByPhase,
            BigDecimal plannedGains, BigDecimal realisedGains, BigDecimal investment, BigDecimal costSoFar) {
    }

    /** Administrative leadership: one unit, its initiatives by latest overall light, and those owing a report. */
    public record UnitLine(String sector, String department, List<String> keys, List<String> green, List<String> amber,
            List<String> red, List<String> noReport, List<String> overdue) {
    }

    /** Middle management: one unit and its initiatives. */
    public record UnitGroup(String sector, String department, List<RollupInitiative> initiatives) {
    }

    public record Rollup(List<SectorLine> sectors, List<UnitLine> units, List<UnitGroup> groups) {
    }

    public static Rollup of(List<RollupInitiative> initiatives) {
        Map<String, List<RollupInitiative>> bySector = new TreeMap<>(NULLS_LAST);
        Map<OrgUnitKey, List<RollupInitiative>> byUnit = new TreeMap<>(Comparator.comparing(OrgUnitKey::sector, NULLS_LAST)
                .thenComparing(OrgUnitKey::department, NULLS_LAST));
        for (RollupInitiative i : initiatives) {
            OrgUnitKey key = i.unit() == null ? new OrgUnitKey(null, null) : new OrgUnitKey(i.unit().sector(), i.unit().department());
            bySector.computeIfAbsent(key.sector(), k -> new ArrayList<>()).add(i);
            byUnit.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        List<SectorLine> sectors = new ArrayList<>();
        bySector.forEach((sector, list) -> {
            Map<String, List<String>> byPhase = new LinkedHashMap<>();
            BigDecimal planned = BigDecimal.ZERO;
            BigDecimal realised = BigDecimal.ZERO;
            BigDecimal investment = BigDecimal.ZERO;
            BigDecimal cost = BigDecimal.ZERO;
            for (RollupInitiative i : list) {
                byPhase.computeIfAbsent(String.valueOf(i.phase()), k -> new ArrayList<>()).add(i.issueKey());
                planned = planned.add(i.plannedGains());
                realised = realised.add(i.realisedGains());
                investment = investment.add(i.investment());
                cost = cost.add(i.costSoFar());
            }
            sectors.add(new SectorLine(sector, keys(list), byPhase, planned, realised, investment, cost));
        });
        List<UnitLine> units = new ArrayList<>();
        List<UnitGroup> groups = new ArrayList<>();
        byUnit.forEach((unit, list) -> {
            List<String> green = new ArrayList<>();
            List<String> amber = new ArrayList<>();
            List<String> red = new ArrayList<>();
            List<String> none = new ArrayList<>();
            List<String> overdue = new ArrayList<>();
            for (RollupInitiative i : list) {
                TrafficLight overall = i.latest() == null ? null : i.latest().light(Aspect.OVERALL);
                (overall == TrafficLight.GREEN ? green : overall == TrafficLight.AMBER ? amber
                        : overall == TrafficLight.RED ? red : none).add(i.issueKey());
                if (i.owed() != null) {
                    overdue.add(i.issueKey());
                }
            }
            units.add(new UnitLine(unit.sector(), unit.department(), keys(list), green, amber, red, none, overdue));
            groups.add(new UnitGroup(unit.sector(), unit.department(), List.copyOf(list)));
        });
        return new Rollup(sectors, units, groups);
    }

    private static List<String> keys(List<RollupInitiative> list) {
        return list.stream().map(RollupInitiative::issueKey).toList();
    }

    private record OrgUnitKey(String sector, String department) {
    }

    private static final Comparator<String> NULLS_LAST = Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER);
}
