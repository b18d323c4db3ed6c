package no.veikart.roadmap.stakeholder.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Coverage over random stakeholder sets: the level figures are exactly what the list says. */
class AnchoringCoverageProperties {
    private static final List<String> PHASES = Stakeholders.PHASES;
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Provide
    Arbitrary<List<Stakeholder>> stakeholders() {
        Arbitrary<AnchoringStatus> status = Arbitraries.of(AnchoringStatus.class).injectNull(0.3);
        Arbitrary<Map<String, AnchoringStatus>> statuses = status.list().ofSize(PHASES.size()).map(list -> {
            Map<String, AnchoringStatus> m = new HashMap<>();
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) != null) {
                    m.put(PHASES.get(i), list.get(i));
                }
            }
            return m;
        });
        Arbitrary<LocalDate> next = Arbitraries.integers().between(-30, 30).map(TODAY::plusDays).injectNull(0.3);
        Arbitrary<Stakeholder> one = Combinators.combine(Arbitraries.of(Level.class), statuses,
                Arbitraries.integers().between(-2, 2), Arbitraries.integers().between(1, 5), next)
                .as((level, st, attitude, influence, date) -> new Stakeholder(0, 1, "S", "G", level, null, attitude, 2,
                        influence, 3, Involvement.INFORM, null, null, date, null, st, 0));
        return one.list().ofMaxSize(25).map(list -> {
            List<Stakeholder> withIds = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                withIds.add(list.get(i).withId(i + 1, 0));
            }
            return withIds;
        });
    }

    @Provide
    Arbitrary<String> phases() {
        return Arbitraries.of(PHASES);
    }

    @Property(tries = 500)
    boolean coveredIffSomeoneAtTheLevelIsAnchoredInTheCurrentPhase(
            @ForAll("stakeholders") List<Stakeholder> list, @ForAll("phases") String phase) {
        Coverage c = AnchoringCoverage.evaluate(list, PHASES, phase, TODAY);
        for (Level level : Level.values()) {
            boolean expected = list.stream().anyMatch(s -> s.level() == level && s.anchoredIn(phase));
            Coverage.LevelCoverage lc = c.level(level);
            if (lc.covered() != expected || (lc.best() == AnchoringStatus.ANCHORED) != expected
                    || (lc.anchored() > 0) != expected) {
                return false;
            }
        }
        return true;
    }

    @Property(tries = 500)
    boolean countsAddUpToTheListSize(@ForAll("stakeholders") List<Stakeholder> list, @ForAll("phases") String phase) {
        Coverage c = AnchoringCoverage.evaluate(list, PHASES, phase, TODAY);
        int sum = c.byLevel().values().stream().mapToInt(Coverage.LevelCoverage::count).sum();
        boolean anchoredWithinCount = c.byLevel().values().stream().allMatch(l -> 0 <= l.anchored() && l.anchored() <= l.count());
        long anchoredTotal = list.stream().filter(s -> s.anchoredIn(phase)).count();
        return sum == list.size() && c.total() == list.size() && anchoredWithinCount
                && c.byLevel().values().stream().mapToInt(Coverage.LevelCoverage::anchored).sum() == anchoredTotal;
    }

    @Property(tries = 500)
    boolean staleIsExactlyOverdueOrWithoutStatus(@ForAll("stakeholders") List<Stakeholder> list,
            @ForAll("phases") String phase) {
        Coverage c = AnchoringCoverage.evaluate(list, PHASES, phase, TODAY);
        List<Long> expected = list.stream()
                .filter(s -> s.nextContact() != null && s.nextContact().isBefore(TODAY) || s.statusIn(phase).isEmpty())
                .map(Stakeholder::id).toList();
        return expected.equals(c.stale().stream().map(Coverage.StaleStakeholder::stakeholderId).toList());
    }

    @Property(tries = 300)
    boolean matrixCellIsTheBestStatusOfTheLevelInThePhase(@ForAll("stakeholders") List<Stakeholder> list) {
        Coverage c = AnchoringCoverage.evaluate(list, PHASES, "PILOTING", TODAY);
        for (Level level : Level.values()) {
            for (String phase : PHASES) {
                AnchoringStatus best = list.stream().filter(s -> s.level() == level)
                        .map(s -> s.statusByPhase().get(phase)).reduce(null, AnchoringStatus::best);
                if (best != c.byLevelAndPhase().get(level).get(phase)) {
                    return false;
                }
            }
        }
        return true;
    }

    @Property(tries = 300)
    boolean everyWarnedStakeholderExists(@ForAll("stakeholders") List<Stakeholder> list, @ForAll("phases") String phase) {
        Coverage c = AnchoringCoverage.evaluate(list, PHASES, phase, TODAY);
        List<Long> ids = list.stream().map(Stakeholder::id).toList();
        return c.warnings().stream().flatMap(w -> w.stakeholderIds().stream()).allMatch(ids::contains)
                && list.isEmpty() == c.warnings().stream().anyMatch(w -> w.key().equals(AnchoringCoverage.NO_STAKEHOLDERS));
    }
}
