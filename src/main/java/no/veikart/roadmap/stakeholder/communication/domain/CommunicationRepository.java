package no.veikart.roadmap.stakeholder.communication.domain;

import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Stored communication plan entries. Every change is version-checked: when the stored version is no longer
 * {@code expectedVersion} (or the row is gone) the method throws
 * {@link no.veikart.roadmap.common.domain.RoadmapException.Conflict#staleVersion()} and changes nothing.
 */
public interface CommunicationRepository {
    /** The initiative's entries, in any order (the service sorts). */
    List<Communication> findByInitiative(long initiativeId);

    int countByInitiative(long initiativeId);

    Optional<Communication> find(long id);

    /** Stores a new entry (id 0); returns it with its id and version 0. */
    Communication create(Communication entry);

    /** Writes every field of {@code changed} but its contact-log link; returns it with the next version. */
    Communication update(Communication changed, long expectedVersion);

    void delete(long id, long expectedVersion);

    /**
     * In one transaction: claims the entry's next version, runs {@code writeContact} (which stores the contact-log
     * entry, joining this transaction, and returns its id) and links the entry to it. A second caller with the same
     * version gets the 409 and writes no second contact.
     */
    Communication linkContact(long id, long expectedVersion, LongSupplier writeContact);
}
