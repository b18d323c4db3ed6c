package no.veikart.roadmap.risk.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.veikart.roadmap.common.domain.RoadmapException;

/** The repository's contract in memory: ids given on create, version checks on every change. */
final class InMemoryRisks implements RiskRepository {
    final Map<Long, Risk> risks = new HashMap<>();
    final Map<Long, ContingencyPlan> plans = new HashMap<>();
    private long nextId = 1;

    @Override
    public List<Risk> findByInitiative(long initiativeId) {
        return risks.values().stream().filter(r -> r.initiativeId() == initiativeId).toList();
    }

    @Override
    public List<Risk> findByInitiatives(Collection<Long> initiativeIds) {
        return risks.values().stream().filter(r -> initiativeIds.contains(r.initiativeId())).toList();
    }

    @Override
    public int countByInitiative(long initiativeId) {
        return findByInitiative(initiativeId).size();
    }

    @Override
    public Optional<Risk> find(long id) {
        return Optional.ofNullable(risks.get(id));
    }

    @Override
    public Risk create(Risk r) {
        Risk stored = withIds(new Risk(nextId++, r.initiativeId(), r.title(), r.description(), r.cause(), r.category(),
                r.likelihood(), r.consequence(), r.residualLikelihood(), r.residualConsequence(), r.contingency(),
                r.acceptance(), r.owner(), r.nextReview(), r.measures(), 0), 0);
        risks.put(stored.id(), stored);
        return stored;
    }

    @Override
    public Risk update(Risk changed, long expectedVersion) {
        Risk current = risks.get(changed.id());
        if (current == null || current.version() != expectedVersion) {
            throw RoadmapException.Conflict.staleVersion();
        }
        Risk stored = withIds(changed, expectedVersion + 1);
        risks.put(stored.id(), stored);
        return stored;
    }

    @Override
    public void delete(long id, long expectedVersion) {
        Risk current = risks.get(id);
        if (current == null || current.version() != expectedVersion) {
            throw RoadmapException.Conflict.staleVersion();
        }
        risks.remove(id);
    }

    @Override
    public ContingencyPlan plan(long initiativeId) {
        return plans.getOrDefault(initiativeId, new ContingencyPlan(null, 0));
    }

    @Override
    public ContingencyPlan savePlan(long initiativeId, String text, long expectedVersion) {
        if (plan(initiativeId).version() != expectedVersion) {
            throw RoadmapException.Conflict.staleVersion();
        }
        ContingencyPlan p = new ContingencyPlan(text, expectedVersion + 1);
        plans.put(initiativeId, p);
        return p;
    }

    private Risk withIds(Risk r, long version) {
        List<Measure> measures = new ArrayList<>();
        for (Measure m : r.measures()) {
            measures.add(m.id() != 0 ? m : new Measure(1000 + nextId++, m.text(), m.owner(), m.due(), m.status(), m.issueKey()));
        }
        return r.withMeasures(measures, version);
    }
}
