package no.veikart.roadmap.stakeholder.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Stored stakeholders and their contact logs. Every change is version-checked: when the stored version is no
 * longer {@code expectedVersion} (or the row is gone), the method throws
 * {@link no.veikart.roadmap.common.domain.RoadmapException.Conflict#staleVersion()} and changes nothing.
 */
public interface StakeholderRepository {
    /** The initiative's stakeholders, in any order (the service sorts). */
    List<Stakeholder> findByInitiative(long initiativeId);

    /** The stakeholders of several initiatives at once (export, portfolio); an implementation may query in chunks. */
    List<Stakeholder> findByInitiatives(Collection<Long> initiativeIds);

    int countByInitiative(long initiativeId);

    Optional<Stakeholder> find(long id);

    /** Stores a new stakeholder (id 0); returns it with its id and version 0. */
    Stakeholder create(Stakeholder stakeholder);

    /** Writes all fields of {@code changed} (found by its id) if the stored version is {@code expectedVersion}; returns it with the next version. */
    Stakeholder update(Stakeholder changed, long expectedVersion);

    /** Deletes the stakeholder and its contact log if the stored version is {@code expectedVersion}. */
    void delete(long id, long expectedVersion);

    /**
     * In one transaction: appends {@code entry} (id 0) and writes {@code changed} (its new last and next contact)
     * if the stakeholder's stored version is {@code expectedVersion}.
     */
    ContactLogged addContact(ContactLogEntry entry, Stakeholder changed, long expectedVersion);

    /**
     * In one transaction: writes {@code anonymised} (an erased stakeholder) and replaces the text of every contact
     * log entry of it with {@code contactText}, if the stored version is {@code expectedVersion}.
     */
    Stakeholder erase(Stakeholder anonymised, String contactText, long expectedVersion);

    /** The stakeholder's contact log, newest first (date, then id, descending). */
    List<ContactLogEntry> findContacts(long stakeholderId);
}
