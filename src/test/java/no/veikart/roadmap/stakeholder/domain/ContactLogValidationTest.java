package no.veikart.roadmap.stakeholder.domain;

import static no.veikart.roadmap.stakeholder.domain.Stakeholders.PHASES;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;
import org.junit.Test;

public class ContactLogValidationTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Actor MEMBER = new Actor("member-key", "member", "Mette", Locale.ENGLISH);
    private final StakeholderValidator validator = new StakeholderValidator();
    private final Stakeholder kari = Stakeholders.at(5, Level.POLITICAL, "Kari")
            .withContacts(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1));

    private StakeholderValidator.ValidContact valid(ContactLogDraft d) {
        return validator.validateContact(d, kari, PHASES, "INSIGHT", TODAY, MEMBER);
    }

    private List<FieldError> errors(ContactLogDraft d) {
        return assertThrows(RoadmapException.Invalid.class, () -> valid(d)).errors();
    }

    @Test
    public void contactIsLoggedInTheCurrentPhaseByTheActor() {
        StakeholderValidator.ValidContact c = valid(new ContactLogDraft("2026-03-10", null, " Agreed to a demo\r\n ", null));

        assertEquals(new ContactLogEntry(0, 5, TODAY, "INSIGHT", "member-key", "Mette", "Agreed to a demo"), c.entry());
        assertEquals(TODAY, c.stakeholder().lastContact());
        assertNull("the planned contact took place", c.stakeholder().nextContact());
    }

    @Test
    public void nextContactCanBePlannedInTheSameGo() {
        StakeholderValidator.ValidContact c = valid(new ContactLogDraft("2026-03-05", "ANCHORING", "ok", "2026-04-01"));

        assertEquals("ANCHORING", c.entry().phaseKey());
        assertEquals(LocalDate.of(2026, 3, 5), c.stakeholder().lastContact());
        assertEquals(LocalDate.of(2026, 4, 1), c.stakeholder().nextContact());
    }

    @Test
    public void anOlderContactDoesNotMoveLastContactBackNorClearALaterPlan() {
        Stakeholder planned = kari.withContacts(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 4, 1));
        StakeholderValidator.ValidContact c = validator.validateContact(
                new ContactLogDraft("2026-01-15", null, "old meeting", null), planned, PHASES, "INSIGHT", TODAY, MEMBER);

        assertEquals(LocalDate.of(2026, 2, 1), c.stakeholder().lastContact());
        assertEquals(LocalDate.of(2026, 4, 1), c.stakeholder().nextContact());
    }

    @Test
    public void requiredFieldsAreNamed() {
        assertEquals(List.of(FieldError.of("date", "roadmap.error.required", "roadmap.field.date"),
                FieldError.of("agreed", "roadmap.error.required", "roadmap.field.agreed")),
                errors(new ContactLogDraft(" ", null, "\n", null)));
        assertEquals(2, errors(null).size());
    }

    @Test
    public void dateMayBeTodayButNotTomorrow() {
        valid(new ContactLogDraft("2026-03-10", null, "ok", null));
        assertEquals(List.of(FieldError.of("date", "roadmap.error.dateInFuture", "roadmap.field.date")),
                errors(new ContactLogDraft("2026-03-11", null, "ok", null)));
    }

    @Test
    public void everyBadFieldIsNamed() {
        List<FieldError> errors = errors(new ContactLogDraft("10.03.2026", "NOWHERE", "a".repeat(4001), "2026-02-31"));

        assertEquals(List.of(
                FieldError.of("date", "roadmap.error.invalidDate", "roadmap.field.date"),
                FieldError.of("phaseKey", "roadmap.error.unknownValue", "roadmap.field.phaseKey", "NOWHERE"),
                FieldError.of("agreed", "roadmap.error.tooLong", "roadmap.field.agreed", 4000),
                FieldError.of("nextContact", "roadmap.error.invalidDate", "roadmap.field.nextContact")), errors);
        valid(new ContactLogDraft("2026-03-10", null, "a".repeat(4000), null));
        assertEquals("agreed", errors(new ContactLogDraft("2026-03-10", null, "nul\u0000", null)).get(0).field());
    }

    @Test
    public void nextContactMayNotPrecedeThisOrTheLastContact() {
        assertEquals(List.of(FieldError.of("nextContact", "roadmap.error.dateOrder", "roadmap.field.nextContact",
                "roadmap.field.date")), errors(new ContactLogDraft("2026-03-05", null, "ok", "2026-03-04")));
        Stakeholder later = kari.withContacts(LocalDate.of(2026, 3, 8), null);
        List<FieldError> errors = assertThrows(RoadmapException.Invalid.class, () -> validator.validateContact(
                new ContactLogDraft("2026-03-01", null, "ok", "2026-03-05"), later, PHASES, "INSIGHT", TODAY, MEMBER)).errors();
        assertEquals(List.of(FieldError.of("nextContact", "roadmap.error.dateOrder", "roadmap.field.nextContact",
                "roadmap.field.lastContact")), errors);
    }
}
