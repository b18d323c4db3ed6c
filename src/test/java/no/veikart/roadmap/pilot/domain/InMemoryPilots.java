package no.veikart.roadmap.pilot.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import no.veikart.roadmap.common.domain.RoadmapException;

/** A pilot repository in memory with the same version rule as the tables (for service tests). */
public class InMemoryPilots implements PilotRepository {
    final List<PilotRound> rounds = new ArrayList<>();
    final List<Observation> observations = new ArrayList<>();
    private long nextId = 1;

    @Override
    public List<PilotRound> rounds(long initiativeId) {
        return rounds.stream().filter(r -> r.initiativeId() == initiativeId).sorted(Comparator.comparingInt(PilotRound::round))
                .toList();
    }

    @Override
    public List<PilotRound> rounds(Collection<Long> initiativeIds) {
        return rounds.stream().filter(r -> initiativeIds.contains(r.initiativeId())).toList();
    }

    private final java.util.Set<String> gainClaims = new java.util.HashSet<>();

    @Override
    public void claimNewGain(long initiativeId, int round, long roundVersion, String title) {
        if (!gainClaims.add(initiativeId + "/" + round + "/" + roundVersion + "/" + title.toLowerCase(java.util.Locale.ROOT))) {
            throw RoadmapException.Conflict.staleVersion();
        }
    }

    @Override
    public PilotRound save(PilotRound round, long expectedVersion) {
        PilotRound stored = rounds.stream().filter(r -> r.initiativeId() == round.initiativeId() && r.round() == round.round())
                .findFirst().orElse(null);
        if ((stored == null ? 0 : stored.version()) != expectedVersion) {
            throw RoadmapException.Conflict.staleVersion();
        }
        rounds.remove(stored);
        PilotRound saved = round.withVersion(expectedVersion + 1);
        rounds.add(saved);
        return saved;
    }

    @Override
    public List<Observation> observations(long initiativeId) {
        return observations.stream().filter(o -> o.initiativeId() == initiativeId).toList();
    }

    @Override
    public Observation add(Observation o) {
        Observation saved = new Observation(nextId++, o.initiativeId(), o.round(), o.date(), o.dimension(), o.text(),
                o.authorKey(), o.createdAt());
        observations.add(saved);
        return saved;
    }

    @Override
    public Optional<Observation> observation(long initiativeId, long id) {
        return observations.stream().filter(o -> o.initiativeId() == initiativeId && o.id() == id).findFirst();
    }

    @Override
    public void delete(Observation observation) {
        observations.removeIf(o -> o.id() == observation.id());
    }
}
