package no.veikart.roadmap.stakeholder.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.java.ao.test.jdbc.Data;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.platform.cache.JiraRequestScope;
import no.veikart.roadmap.sandbox.cache.SandboxRequestCacheFactory;
import no.veikart.roadmap.stakeholder.domain.AnchoringStatus;
import no.veikart.roadmap.stakeholder.domain.ContactLogEntry;
import no.veikart.roadmap.stakeholder.domain.ContactLogged;
import no.veikart.roadmap.stakeholder.domain.Involvement;
import no.veikart.roadmap.stakeholder.domain.Level;
import no.veikart.roadmap.stakeholder.domain.Stakeholder;
import no.veikart.roadmap.testsupport.ActiveObjectsTestSupport;
import org.junit.Test;

/** Stakeholder storage on a real database; run by the H2 and PostgreSQL subclasses. */
@Data(StakeholderSchema.class)
public abstract class StakeholderRepositoryContract extends ActiveObjectsTestSupport {

    private AoStakeholderRepository repository() {
        return new AoStakeholderRepository(activeObjects());
    }

    private static Stakeholder mayor(long initiativeId) {
        return new Stakeholder(0, initiativeId, "Ordfører Kari Nordmann", "Politicians", Level.POLITICAL,
                "Decides the budget; hears from worried relatives.\nTwo lines.", -1, 2, 5, 3, Involvement.CONSULT, "admin",
                LocalDate.of(2026, 1, 31), LocalDate.of(2026, 3, 1), "Æøå – notes", Map.of("ANCHORING", AnchoringStatus.IN_DIALOGUE), 0);
    }

    @Test
    public void stakeholderRoundTripsWithDatesStatusesAndUnicode() {
        Stakeholder created = repository().create(mayor(7));

        Stakeholder loaded = repository().find(created.id()).orElseThrow();
        assertEquals("Ordfører Kari Nordmann", loaded.name());
        assertEquals(Level.POLITICAL, loaded.level());
        assertEquals(-1, loaded.attitude());
        assertEquals(LocalDate.of(2026, 1, 31), loaded.lastContact());
        assertEquals(LocalDate.of(2026, 3, 1), loaded.nextContact());
        assertEquals(AnchoringStatus.IN_DIALOGUE, loaded.statusIn("ANCHORING").orElseThrow());
        assertTrue(loaded.effect().contains("\n"));
        assertEquals(0, loaded.version());
        assertEquals(1, repository().countByInitiative(7));
    }

    /** Issue 14: one read per request for the issue view's panels, and every write forgets it. */
    @Test
    public void aRequestReadsTheStakeholdersOnceUntilAWrite() {
        SandboxRequestCacheFactory caches = new SandboxRequestCacheFactory();
        AoStakeholderRepository shared = new AoStakeholderRepository(activeObjects(), new JiraRequestScope(caches),
                no.veikart.roadmap.initiative.domain.InitiativeFigures.NONE);
        Stakeholder first = shared.create(mayor(11));
        caches.inRequest(() -> {
            List<Stakeholder> read = shared.findByInitiative(11);
            assertSame("the second panel gets the first read", read, shared.findByInitiative(11));
            Stakeholder changed = shared.update(first.withStatus("ANCHORING", AnchoringStatus.ANCHORED), 0);
            assertEquals(List.of(changed), shared.findByInitiative(11));
            shared.create(mayor(11));
            assertEquals(2, shared.findByInitiative(11).size());
            shared.delete(changed.id(), changed.version());
            assertEquals(1, shared.findByInitiative(11).size());
        });
        assertEquals(1, shared.findByInitiative(11).size());
    }


    @Test
    public void updatesAreVersionCheckedAndStatusesReplaced() {
        Stakeholder created = repository().create(mayor(8));
        Stakeholder changed = created.withStatus("ANCHORING", AnchoringStatus.ANCHORED).withStatus("INSIGHT", AnchoringStatus.PLANNED);

        Stakeholder updated = repository().update(changed, 0);

        assertEquals(1, updated.version());
        assertEquals(AnchoringStatus.ANCHORED, updated.statusIn("ANCHORING").orElseThrow());
        assertEquals(AnchoringStatus.PLANNED, updated.statusIn("INSIGHT").orElseThrow());
        assertThrows(RoadmapException.Conflict.class, () -> repository().update(changed, 0));

        Stakeholder fewer = repository().update(updated.withStatus("INSIGHT", null), 1);
        assertFalse(fewer.statusIn("INSIGHT").isPresent());
    }

    @Test
    public void contactsAreLoggedWithTheNewContactDates() {
        Stakeholder created = repository().create(mayor(9));
        ContactLogEntry entry = new ContactLogEntry(0, created.id(), LocalDate.of(2026, 2, 10), "ANCHORING", "member", "Martin",
                "Agreed to present the pilot plan in the council");

        ContactLogged logged = repository().addContact(entry, created.withContacts(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 4, 1)), 0);

        assertTrue(logged.entry().id() > 0);
        assertEquals(LocalDate.of(2026, 2, 10), logged.stakeholder().lastContact());
        assertEquals(1, logged.stakeholder().version());
        List<ContactLogEntry> log = repository().findContacts(created.id());
        assertEquals(1, log.size());
        assertEquals("Agreed to present the pilot plan in the council", log.get(0).agreed());
    }

    @Test
    public void deleteIsVersionCheckedAndTakesTheLogAlong() {
        Stakeholder created = repository().create(mayor(10));
        repository().addContact(new ContactLogEntry(0, created.id(), LocalDate.of(2026, 2, 1), "ANCHORING", "u", "U", "x"), created, 0);

        assertThrows(RoadmapException.Conflict.class, () -> repository().delete(created.id(), 0));
        repository().delete(created.id(), 1);

        assertFalse(repository().find(created.id()).isPresent());
        assertTrue(repository().findContacts(created.id()).isEmpty());
    }

    @Test
    public void severalInitiativesAreReadTogether() {
        for (long initiative = 20; initiative < 25; initiative++) {
            repository().create(mayor(initiative));
        }
        assertEquals(3, repository().findByInitiatives(List.of(20L, 21L, 24L)).size());
        assertEquals(1, repository().findByInitiative(22).size());
    }

    @Test
    public void erasureReplacesTheTextsOfTheStakeholderAndItsLogInOneVersionedWrite() {
        Stakeholder created = repository().create(mayor(30));
        Stakeholder other = repository().create(mayor(30));
        ContactLogged logged = repository().addContact(new ContactLogEntry(0, created.id(), LocalDate.of(2026, 2, 1), "ANCHORING",
                "member", "Martin", "Kari agreed to speak in the council"), created, 0);
        repository().addContact(new ContactLogEntry(0, other.id(), LocalDate.of(2026, 2, 2), "ANCHORING", "member", "Martin",
                "Kept"), other, 0);

        assertThrows(RoadmapException.Conflict.class, () -> repository().erase(created.anonymised(), Stakeholder.ERASED, 0));
        Stakeholder erased = repository().erase(logged.stakeholder().anonymised(), Stakeholder.ERASED, 1);

        assertEquals(2, erased.version());
        assertTrue(erased.erased());
        assertEquals(null, erased.effect());
        assertEquals(null, erased.notes());
        assertEquals(Level.POLITICAL, erased.level());
        assertEquals(AnchoringStatus.IN_DIALOGUE, erased.statusIn("ANCHORING").orElseThrow());
        assertEquals(List.of(Stakeholder.ERASED), repository().findContacts(created.id()).stream().map(ContactLogEntry::agreed).toList());
        assertEquals("the other stakeholder's log is untouched", List.of("Kept"),
                repository().findContacts(other.id()).stream().map(ContactLogEntry::agreed).toList());
    }
}
