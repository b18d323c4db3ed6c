package no.veikart.roadmap.risk.domain;

import java.util.Optional;

/** One handover per initiative; a save is version-checked (0 for one never saved) like every change. */
public interface HandoverRepository {
    Optional<Handover> find(long initiativeId);

    Handover save(Handover handover, long expectedVersion);
}
