package no.veikart.roadmap.reporting.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;
import org.junit.Test;

public class StatusReportValidatorTest {
    private final StatusReportValidator validator = new StatusReportValidator();

    private static Map<Aspect, Suggestion> suggested(TrafficLight all) {
        Map<Aspect, Suggestion> s = new EnumMap<>(Aspect.class);
        for (Aspect a : Aspect.values()) {
            s.put(a, Suggestion.of(all, "roadmap.reporting.reason.overall"));
        }
        return s;
    }

    private static List<String> fields(RoadmapException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    private static StatusReportDraft draft(String period, String light, String comment) {
        return new StatusReportDraft(period, light, light, light, light, light, comment);
    }

    @Test
    public void aMonthIsYyyyMmWithinRange() {
        assertEquals(YearMonth.of(2026, 11), validator.check(draft(" 2026-11 ", null, null), Map.of(), false).period());
        for (String bad : List.of("2026-13", "2026-00", "2026-1", "26-11", "2026-11-01", "november", "２０２６-11")) {
            RoadmapException e = assertThrows(bad, RoadmapException.Invalid.class,
                    () -> validator.check(draft(bad, null, null), Map.of(), false));
            assertEquals(List.of("period"), fields(e));
            assertEquals("roadmap.reporting.error.period", e.errors().get(0).key());
        }
        RoadmapException range = assertThrows(RoadmapException.Invalid.class,
                () -> validator.check(draft("1999-12", null, null), Map.of(), false));
        assertEquals("roadmap.error.outOfRange", range.errors().get(0).key());
        assertEquals("roadmap.error.required",
                assertThrows(RoadmapException.Invalid.class, () -> validator.check(draft(" ", null, null), Map.of(), false))
                        .errors().get(0).key());
    }

    @Test
    public void lightsAreEnumNamesInAnyCaseAndEveryOneIsRequiredToPublish() {
        StatusReportValidator.Checked c = validator.check(draft("2026-11", "amber", null), suggested(TrafficLight.AMBER), false);
        assertEquals(TrafficLight.AMBER, c.lights().get(Aspect.GAINS));
        RoadmapException bad = assertThrows(RoadmapException.Invalid.class,
                () -> validator.check(draft("2026-11", "BLUE", null), Map.of(), false));
        assertEquals(List.of("overall", "phase", "gains", "anchoring", "risks"), fields(bad));

        assertEquals(0, validator.check(draft("2026-11", null, null), Map.of(), false).lights().size());
        RoadmapException missing = assertThrows(RoadmapException.Invalid.class,
                () -> validator.check(draft("2026-11", null, null), Map.of(), true));
        assertEquals(List.of("overall", "phase", "gains", "anchoring", "risks"), fields(missing));
    }

    @Test
    public void aBetterLightThanSuggestedNeedsACommentAWorseOneDoesNot() {
        assertEquals(5, validator.check(draft("2026-11", "RED", null), suggested(TrafficLight.AMBER), true).lights().size());
        RoadmapException e = assertThrows(RoadmapException.Invalid.class,
                () -> validator.check(new StatusReportDraft("2026-11", "AMBER", "GREEN", "AMBER", "AMBER", "AMBER", "  "),
                        suggested(TrafficLight.AMBER), true));
        assertEquals(List.of("comment"), fields(e));
        assertEquals("roadmap.reporting.error.overrideComment", e.errors().get(0).key());
        assertEquals(List.of("roadmap.reporting.field.phase"), e.errors().get(0).args());
        assertEquals("Steering group accepted the delay",
                validator.check(new StatusReportDraft("2026-11", "AMBER", "GREEN", "AMBER", "AMBER", "AMBER",
                        " Steering group accepted the delay "), suggested(TrafficLight.AMBER), true).comment());
        // An aspect without data (risks before the risk feature) has no suggestion to beat.
        Map<Aspect, Suggestion> noRisk = suggested(TrafficLight.AMBER);
        noRisk.put(Aspect.RISKS, Suggestion.noData("roadmap.reporting.reason.risks.noData"));
        assertNull(validator.check(new StatusReportDraft("2026-11", "AMBER", "AMBER", "AMBER", "AMBER", "GREEN", null),
                noRisk, true).comment());
    }

    @Test
    public void commentsKeepLinesButRefuseControlCharactersAndOverlongText() {
        assertEquals("a\nb", validator.check(draft("2026-11", null, "a\r\nb"), Map.of(), false).comment());
        assertEquals(List.of("comment"), fields(assertThrows(RoadmapException.Invalid.class,
                () -> validator.check(draft("2026-11", null, "bell\u0007"), Map.of(), false))));
        assertEquals("roadmap.error.tooLong", assertThrows(RoadmapException.Invalid.class,
                () -> validator.check(draft("2026-11", null, "x".repeat(StatusReportValidator.COMMENT_MAX + 1)), Map.of(), false))
                .errors().get(0).key());
    }
}
