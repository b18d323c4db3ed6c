package no.veikart.roadmap.risk.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.initiative.domain.InitiativeLookup;
import no.veikart.roadmap.initiative.domain.InitiativeRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the "Risk level" Jira field of initiatives in step: after every change of a register (the highest level after
 * measures, cleared without risks), and for every initiative with risks when the matrix regions change. A write Jira
 * refuses is logged and never undoes the risk change; the next change of the register, or of the regions, writes the
 * field again.
 */
public class RiskLevelSync implements RiskRegionsService.RegionsChanged {
    private static final Logger LOG = LoggerFactory.getLogger(RiskLevelSync.class);

    private final RiskRepository repository;
    private final InitiativeLookup initiatives;
    private final RiskSettings settings;
    private final RiskLevelField field;

    public RiskLevelSync(RiskRepository repository, InitiativeLookup initiatives, RiskSettings settings, RiskLevelField field) {
        this.repository = repository;
        this.initiatives = initiatives;
        this.settings = settings;
        this.field = field;
    }

    /** The highest level after measures; null without risks. */
    public static RiskLevel highest(List<Risk> risks, MatrixRegions regions) {
        return risks.stream().map(r -> regions.level(r.residualScore())).max(Enum::compareTo).orElse(null);
    }

    public void publish(Actor actor, InitiativeRef initiative) {
        write(actor, initiative, highest(repository.findByInitiative(initiative.initiativeId()), settings.regions()));
    }

    /** The regions changed: every initiative with risks in the administrator's projects, its risks read in one query. */
    @Override
    public void changed(Actor actor, Collection<String> projectKeys) {
        List<InitiativeRef> refs = new ArrayList<>();
        for (String project : projectKeys) {
            refs.addAll(initiatives.findInProject(actor, project));
        }
        Map<Long, List<Risk>> byInitiative = repository.findByInitiatives(refs.stream().map(InitiativeRef::initiativeId).toList())
                .stream().collect(Collectors.groupingBy(Risk::initiativeId));
        MatrixRegions regions = settings.regions();
        Set<Long> done = new java.util.HashSet<>();
        for (InitiativeRef ref : refs) {
            List<Risk> risks = byInitiative.get(ref.initiativeId());
            if (risks != null && done.add(ref.initiativeId())) {
                write(actor, ref, highest(risks, regions));
            }
        }
    }

    private void write(Actor actor, InitiativeRef initiative, RiskLevel level) {
        try {
            field.publish(actor, initiative, level);
        } catch (RuntimeException e) {
            LOG.warn("The Risk level field of initiative {} was not written: {}", initiative.initiativeId(), e.getMessage());
        }
    }
}
