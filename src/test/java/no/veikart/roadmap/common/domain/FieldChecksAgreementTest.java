package no.veikart.roadmap.common.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.List;
import no.veikart.roadmap.gain.domain.GainDraft;
import no.veikart.roadmap.gain.domain.GainType;
import no.veikart.roadmap.gain.domain.GainValidator;
import no.veikart.roadmap.stakeholder.domain.Level;
import no.veikart.roadmap.stakeholder.domain.StakeholderDraft;
import no.veikart.roadmap.stakeholder.domain.StakeholderValidator;
import org.junit.Test;

/**
 * The gain and stakeholder validators answer the same input the same way, now that both use {@link FieldChecks}:
 * before, a gain's multi-line text refused the CR LF a stakeholder's accepted, and a gain repeated an unknown enum
 * value however long it was.
 */
public class FieldChecksAgreementTest {
    private static final List<String> PHASES = List.of("ANCHORING");
    private final GainValidator gains = new GainValidator();
    private final StakeholderValidator stakeholders = new StakeholderValidator();

    @Test
    public void bothTurnWindowsLineEndingsIntoLineFeedsInMultiLineText() {
        String typed = "Første linje\r\nAndre linje\rTredje";
        String expected = "Første linje\nAndre linje\nTredje";
        assertEquals(expected, gains.validate(gain(" time ", typed), 0, 1, 0).method());
        assertEquals(expected, stakeholders.validateNew(stakeholder(" political ", typed), 1, PHASES).notes());
    }

    @Test
    public void bothReadEnumNamesIgnoringCaseAndBlanks() {
        assertEquals(GainType.TIME, gains.validate(gain(" tIMe ", null), 0, 1, 0).type());
        assertEquals(Level.POLITICAL, stakeholders.validateNew(stakeholder(" Political ", null), 1, PHASES).level());
    }

    @Test
    public void bothRepeatAnUnknownValueShortened() {
        String huge = "X".repeat(10_000);
        FieldError gain = only("type", assertThrows(RoadmapException.Invalid.class,
                () -> gains.validate(gain(huge, null), 0, 1, 0)).errors());
        FieldError stakeholder = only("level", assertThrows(RoadmapException.Invalid.class,
                () -> stakeholders.validateNew(stakeholder(huge, null), 1, PHASES)).errors());
        assertEquals(FieldChecks.UNKNOWN_VALUE, gain.key());
        assertEquals(gain.key(), stakeholder.key());
        String echoed = "X".repeat(FieldChecks.MAX_ECHO) + "…";
        assertEquals(echoed, gain.args().get(1));
        assertEquals(echoed, stakeholder.args().get(1));
    }

    @Test
    public void bothRefuseControlCharactersInSingleLineTextAlike() {
        FieldError gain = only("title", assertThrows(RoadmapException.Invalid.class,
                () -> gains.validate(new GainDraft("TIME", "Linje\r\nto", null, "HOURS", null,
                        new GainDraft.Point("10", "2021-01-01"), new GainDraft.Point("5", "2021-12-31"), null, null,
                        "MONTHLY"), 0, 1, 0)).errors());
        FieldError stakeholder = only("name", assertThrows(RoadmapException.Invalid.class,
                () -> stakeholders.validateNew(new StakeholderDraft("Linje\r\nto", "Gruppe", "POLITICAL", null, 0, 1, 3, 3,
                        "INFORM", null, null, null, null, null, null), 1, PHASES)).errors());
        assertEquals(FieldChecks.INVALID_VALUE, gain.key());
        assertEquals(gain.key(), stakeholder.key());
    }

    private static FieldError only(String field, List<FieldError> errors) {
        List<FieldError> of = errors.stream().filter(e -> e.field().equals(field)).toList();
        assertEquals(errors.toString(), 1, of.size());
        return of.get(0);
    }

    private static GainDraft gain(String type, String method) {
        return new GainDraft(type, "Færre timer", null, "HOURS", null, new GainDraft.Point("10", "2021-01-01"),
                new GainDraft.Point("5", "2021-12-31"), null, method, "MONTHLY");
    }

    private static StakeholderDraft stakeholder(String level, String notes) {
        return new StakeholderDraft("Ordfører", "Kommunestyret", level, null, 0, 1, 3, 3, "INFORM", null, null, null, notes,
                null, null);
    }
}
