package no.veikart.roadmap.phase.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import no.veikart.roadmap.phase.domain.InitiativeSummaries;
import no.veikart.roadmap.phase.domain.InitiativeSummary;

/** Reads only the initiative table's key, project and summary columns, in chunks of ids. */
public class AoInitiativeSummaries implements InitiativeSummaries {
    /** Keeps IN lists well under every database's parameter limit. */
    private static final int CHUNK = 500;

    private final ActiveObjects ao;

    public AoInitiativeSummaries(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Map<Long, InitiativeSummary> findSummaries(Collection<Long> initiativeIds) {
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(initiativeIds));
        Map<Long, InitiativeSummary> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            String in = "ID IN (" + String.join(",", chunk.stream().map(i -> "?").toList()) + ")";
            for (InitiativeEntity e : ao.find(InitiativeEntity.class,
                    Query.select("ID, ISSUE_KEY, PROJECT_KEY, SUMMARY").where(in, chunk.toArray()))) {
                found.put((long) e.getID(), new InitiativeSummary(e.getID(), e.getIssueKey(), e.getProjectKey(), e.getSummary()));
            }
        }
        return found;
    }
}
