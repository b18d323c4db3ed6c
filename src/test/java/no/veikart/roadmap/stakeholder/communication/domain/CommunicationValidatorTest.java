package no.veikart.roadmap.stakeholder.communication.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.stakeholder.domain.Level;
import org.junit.Test;

public class CommunicationValidatorTest {
    private final CommunicationValidator validator = new CommunicationValidator();
    private static final Set<Long> OWN = Set.of(4L, 5L);

    private static CommunicationDraft draft(String level, Long stakeholderId) {
        return new CommunicationDraft(level, stakeholderId, "  Orientering om piloten  ", "meeting", "2026-04-01", " Kari ", null, null);
    }

    private List<String> errors(CommunicationDraft d) {
        RoadmapException.Invalid e = assertThrows(RoadmapException.Invalid.class, () -> validator.validate(d, 1, OWN, 0, null, 0));
        return e.errors().stream().map(f -> f.field() + ":" + f.key()).toList();
    }

    @Test
    public void aValidDraftIsStrippedAndPlannedByDefault() {
        Communication c = validator.validate(draft(" staff ", null), 1, OWN, 0, null, 0);
        assertEquals(Level.STAFF, c.audienceLevel());
        assertNull(c.stakeholderId());
        assertEquals("Orientering om piloten", c.message());
        assertEquals(Channel.MEETING, c.channel());
        assertEquals(LocalDate.of(2026, 4, 1), c.date());
        assertEquals("Kari", c.responsible());
        assertEquals(CommunicationStatus.PLANNED, c.status());
        assertEquals(Long.valueOf(5), validator.validate(draft(null, 5L), 1, OWN, 0, null, 0).stakeholderId());
    }

    @Test
    public void theAudienceIsExactlyOneOfALevelAndAStakeholderOfTheInitiative() {
        assertEquals(List.of("audienceLevel:" + CommunicationValidator.AUDIENCE_MISSING), errors(draft(" ", null)));
        assertEquals(List.of("stakeholderId:" + CommunicationValidator.AUDIENCE_BOTH), errors(draft("STAFF", 4L)));
        assertEquals(List.of("stakeholderId:" + CommunicationValidator.UNKNOWN_STAKEHOLDER), errors(draft(null, 99L)));
        // An unknown level is its own error, not "both".
        assertEquals(List.of("audienceLevel:roadmap.error.unknownValue"), errors(draft("EVERYONE", 4L)));
    }

    @Test
    public void everyBrokenFieldIsNamed() {
        String longText = "x".repeat(CommunicationValidator.MAX_MESSAGE + 1);
        List<String> found = errors(new CommunicationDraft("STAFF", null, longText, "FAX", "2026-02-30", "a\u0000b", "LATER", null));
        assertEquals(List.of("message:roadmap.error.tooLong", "channel:roadmap.error.unknownValue", "date:roadmap.error.invalidDate",
                "responsible:roadmap.error.invalidValue", "status:roadmap.error.unknownValue"), found);
        assertEquals(List.of("message:roadmap.error.required", "channel:roadmap.error.required", "date:roadmap.error.required"),
                errors(new CommunicationDraft("STAFF", null, " ", null, "", null, "done", null)));
    }

    @Test
    public void aMultiLineMessageKeepsItsLines() {
        Communication c = validator.validate(new CommunicationDraft("STAFF", null, "linje 1\r\nlinje 2", "EMAIL", "2026-04-01", null,
                "DONE", null), 1, OWN, 7, 33L, 2);
        assertEquals("linje 1\nlinje 2", c.message());
        assertEquals(CommunicationStatus.DONE, c.status());
        assertEquals(Long.valueOf(33), c.contactLogId());
        assertEquals(7, c.id());
    }
}
