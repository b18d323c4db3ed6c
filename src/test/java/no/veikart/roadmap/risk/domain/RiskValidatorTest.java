package no.veikart.roadmap.risk.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import java.util.List;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;
import org.junit.Test;

public class RiskValidatorTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private final RiskValidator validator = new RiskValidator();

    private static RiskDraft draft(String title, String category, Integer l, Integer c, Integer rl, Integer rc) {
        return new RiskDraft(title, null, null, category, l, c, rl, rc, null, null, null, null, null, null);
    }

    private List<String> fields(RiskDraft d) {
        RoadmapException.Invalid e = assertThrows(RoadmapException.Invalid.class,
                () -> validator.validate(d, null, 1, "member", TODAY));
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    public void everyMissingOrOutOfRangeFieldIsNamed() {
        assertEquals(List.of("title", "category", "likelihood", "consequence"), fields(draft(" ", null, null, null, null, null)));
        assertEquals(List.of("likelihood", "consequence"), fields(draft("x", "LEGAL", 0, 6, null, null)));
        assertEquals(List.of("category"), fields(draft("x", "weather", 1, 1, null, null)));
    }

    @Test
    public void residualLikelihoodAndConsequenceComeTogether() {
        assertEquals(List.of("residualConsequence"), fields(draft("x", "LEGAL", 3, 3, 2, null)));
        assertEquals(List.of("residualLikelihood"), fields(draft("x", "LEGAL", 3, 3, null, 2)));
        assertEquals(List.of("residualLikelihood"), fields(draft("x", "LEGAL", 3, 3, 9, 2)));
        Risk r = validator.validate(draft(" Internet ", "technology", 3, 4, 1, 2), null, 1, "member", TODAY);
        assertEquals("Internet", r.title());
        assertEquals(2, r.residualScore());
    }

    @Test
    public void controlCharactersAndOverlongTextAreRefused() {
        assertEquals(List.of("title"), fields(draft("a\u0000b", "LEGAL", 1, 1, null, null)));
        assertEquals(List.of("title"), fields(draft("x".repeat(RiskValidator.MAX_TITLE + 1), "LEGAL", 1, 1, null, null)));
        RiskDraft d = new RiskDraft("x", "line1\r\nline2", null, "LEGAL", 1, 1, null, null, null, null, null, "2026-02-30",
                null, null);
        assertEquals(List.of("nextReview"), fields(d));
    }

    @Test
    public void measuresOfTheRiskAreKeptChangedOrDroppedAndForeignIdsRefused() {
        Measure kept = new Measure(7, "Backup trainers", null, null, MeasureStatus.PLANNED, "DEMO-5");
        Risk current = new Risk(3, 1, "Trainers", null, null, RiskCategory.PEOPLE, 4, 4, null, null, null, null, null, null,
                List.of(kept), 2);
        RiskDraft keep = new RiskDraft("Trainers", null, null, "PEOPLE", 4, 4, null, null, null, null, null, null, null, 2L);
        assertEquals(List.of(kept), validator.validate(keep, current, 1, "member", TODAY).measures());
        RiskDraft change = new RiskDraft("Trainers", null, null, "PEOPLE", 4, 4, null, null, null, null, null, null,
                List.of(new MeasureDraft(7L, "Backup trainers", null, null, "done"), new MeasureDraft(null, "New", null, null, null)), 2L);
        List<Measure> measures = validator.validate(change, current, 1, "member", TODAY).measures();
        assertEquals(MeasureStatus.DONE, measures.get(0).status());
        assertEquals("DEMO-5", measures.get(0).issueKey());
        assertEquals(0, measures.get(1).id());
        RiskDraft foreign = new RiskDraft("Trainers", null, null, "PEOPLE", 4, 4, null, null, null, null, null, null,
                List.of(new MeasureDraft(99L, "Not ours", null, null, null)), 2L);
        RoadmapException.Invalid e = assertThrows(RoadmapException.Invalid.class,
                () -> validator.validate(foreign, current, 1, "member", TODAY));
        assertEquals("measures[0].id", e.errors().get(0).field());
        RiskDraft none = new RiskDraft("Trainers", null, null, "PEOPLE", 4, 4, null, null, null, null, null, null, List.of(), 2L);
        assertEquals(List.of(), validator.validate(none, current, 1, "member", TODAY).measures());
    }

    @Test
    public void anUnchangedAcceptanceKeepsWhoAcceptedItAndWhen() {
        Acceptance stored = new Acceptance("admin", "Short pilot", LocalDate.of(2026, 1, 2));
        Risk current = new Risk(3, 1, "T", null, null, RiskCategory.PEOPLE, 4, 4, null, null, null, stored, null, null, List.of(), 2);
        RiskDraft same = new RiskDraft("T", null, null, "PEOPLE", 4, 4, null, null, null,
                new RiskDraft.AcceptanceDraft("Short pilot", null), null, null, null, 2L);
        assertSame(stored, validator.validate(same, current, 1, "member", TODAY).acceptance());
        RiskDraft other = new RiskDraft("T", null, null, "PEOPLE", 4, 4, null, null, null,
                new RiskDraft.AcceptanceDraft("New reason", null), null, null, null, 2L);
        assertEquals(new Acceptance("member", "New reason", TODAY), validator.validate(other, current, 1, "member", TODAY).acceptance());
    }
}
