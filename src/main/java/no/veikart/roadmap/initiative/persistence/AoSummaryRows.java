package no.veikart.roadmap.initiative.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import net.java.ao.Query;
import no.veikart.roadmap.initiative.domain.InitiativeFigures;
import no.veikart.roadmap.initiative.domain.InitiativeIds;
import no.veikart.roadmap.initiative.domain.InitiativeSummary;
import no.veikart.roadmap.initiative.domain.InitiativeSummaryReader;
import no.veikart.roadmap.initiative.domain.SummaryPart;

/**
 * The read model in {@link InitiativeSummaryEntity}. {@link #refresh} runs in the caller's transaction (Active
 * Objects joins an open one), so the row commits with the change that made it; reading streams read-only rows of the
 * named columns only, one query per 500 ids at most.
 */
public class AoSummaryRows implements InitiativeFigures, InitiativeSummaryReader {
    static final String COLUMNS = "ID, INITIATIVE_ID, ISSUE_ID, ISSUE_KEY, PROJECT_KEY, SUMMARY, CURRENT_PHASE, STATUS, "
            + "LEVELS_PRESENT, LEVELS_ANCHORED, GAIN_MONEY, GAIN_HOURS, GAIN_DUES, HIGHEST_RESIDUAL_RISK, "
            + "UNITS_LIVE_WITHOUT_COVER, STATUS_REPORT_COLOUR";
    private static final int CHUNK = 500;

    private final ActiveObjects ao;
    private final List<SummaryPart> parts;
    private final InitiativeIds initiatives;

    /** As wired in Spring: the initiative's own part, then anchoring, then gains. */
    public AoSummaryRows(ActiveObjects ao, InitiativeIds initiatives, SummaryPart initiative,
            SummaryPart anchoring, SummaryPart gains) {
        this(ao, List.of(initiative, anchoring, gains), initiatives);
    }

    /** @param parts the features' shares, the initiative's own (phase feature) first */
    public AoSummaryRows(ActiveObjects ao, List<SummaryPart> parts, InitiativeIds initiatives) {
        this.ao = ao;
        this.parts = List.copyOf(parts);
        this.initiatives = initiatives;
    }

    /**
     * Locks the row before computing it: two changes of one initiative in concurrent transactions would otherwise
     * each compute the row without the other's change, and the later write would drop the earlier change from it.
     * Locked first, the second waits, and at READ COMMITTED (PostgreSQL's default, H2's) its reads then see the first's
     * commit.
     */
    @Override
    public void refresh(long initiativeId) {
        ao.executeInTransaction(() -> {
            InitiativeSummaryEntity[] rows = ao.find(InitiativeSummaryEntity.class,
                    Query.select().where("INITIATIVE_ID = ?", initiativeId));
            if (rows.length > 0) {
                // An update of an unchanged value: Active Objects writes every set column, so this takes the row lock.
                rows[0].setIssueId(rows[0].getIssueId());
                rows[0].save();
            }
            // store() reads the row again: what this proxy holds was read before the lock
            store(initiativeId, compute(initiativeId));
            return null;
        });
    }

    /** The row as the source rows say it should be; {@link InitiativeSummary#exists()} false when there is none. */
    public InitiativeSummary compute(long initiativeId) {
        InitiativeSummary row = InitiativeSummary.empty(initiativeId);
        for (SummaryPart part : parts) {
            row = part.fill(row);
            if (!row.exists()) {
                return row;
            }
        }
        return row;
    }

    /** Writes {@code wanted} over the stored row; true when something changed. */
    private boolean store(long initiativeId, InitiativeSummary wanted) {
        InitiativeSummaryEntity[] rows = ao.find(InitiativeSummaryEntity.class,
                Query.select().where("INITIATIVE_ID = ?", initiativeId));
        if (!wanted.exists()) {
            for (InitiativeSummaryEntity stale : rows) {
                ao.delete(stale);
            }
            return rows.length > 0;
        }
        boolean changed = rows.length != 1;
        for (int i = 1; i < rows.length; i++) {
            ao.delete(rows[i]);
        }
        if (rows.length == 0) {
            Map<String, Object> values = new HashMap<>();
            values.put("INITIATIVE_ID", initiativeId);
            values.put("ISSUE_ID", wanted.issueId());
            rows = new InitiativeSummaryEntity[] {ao.create(InitiativeSummaryEntity.class, values)};
        } else if (row(rows[0]).equals(wanted)) {
            return changed;
        }
        write(rows[0], wanted);
        return true;
    }

    private static void write(InitiativeSummaryEntity e, InitiativeSummary r) {
        e.setIssueId(r.issueId());
        e.setIssueKey(r.issueKey());
        e.setProjectKey(r.projectKey());
        e.setSummary(r.summary());
        e.setCurrentPhase(r.currentPhase());
        e.setStatus(r.status());
        e.setLevelsPresent(r.levelsPresent());
        e.setLevelsAnchored(r.levelsAnchored());
        e.setGainMoney(r.gainMoney());
        e.setGainHours(r.gainHours());
        e.setGainDues(r.gainDues());
        e.setHighestResidualRisk(r.highestResidualRisk());
        e.setUnitsLiveWithoutCover(r.unitsLiveWithoutCover());
        e.setStatusReportColour(r.statusReportColour());
        e.save();
    }

    /** Empty text comes back as null from some databases (Oracle); the row's text columns are never null. */
    static InitiativeSummary row(InitiativeSummaryEntity e) {
        return new InitiativeSummary(e.getInitiativeId(), e.getIssueId(), e.getIssueKey(), e.getProjectKey(),
                e.getSummary(), e.getCurrentPhase(), e.getStatus(), text(e.getLevelsPresent()),
                text(e.getLevelsAnchored()), text(e.getGainMoney()), text(e.getGainHours()), text(e.getGainDues()),
                e.getHighestResidualRisk(), e.getUnitsLiveWithoutCover(), e.getStatusReportColour());
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    @Override
    public Rebuild rebuild() {
        List<Long> ids = new ArrayList<>(initiatives.all());
        List<Long> different = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            ao.executeInTransaction(() -> {
                for (long id : chunk) {
                    if (store(id, compute(id))) {
                        different.add(id);
                    }
                }
                return null;
            });
        }
        // rows whose initiative is gone
        java.util.Set<Long> known = new java.util.HashSet<>(ids);
        List<Long> orphans = new ArrayList<>();
        ao.stream(InitiativeSummaryEntity.class, Query.select("ID, INITIATIVE_ID"), e -> {
            if (!known.contains(e.getInitiativeId())) {
                orphans.add(e.getInitiativeId());
            }
        });
        for (long orphan : orphans) {
            ao.executeInTransaction(() -> store(orphan, InitiativeSummary.empty(orphan)));
            different.add(orphan);
        }
        return new Rebuild(ids.size(), different);
    }

    @Override
    public void inProjects(Collection<String> projectKeys, Consumer<InitiativeSummary> sink) {
        inChunks(new ArrayList<>(projectKeys), "PROJECT_KEY", sink);
    }

    @Override
    public void ofIssues(Collection<Long> issueIds, Consumer<InitiativeSummary> sink) {
        inChunks(new ArrayList<>(issueIds), "ISSUE_ID", sink);
    }

    private void inChunks(List<?> values, String column, Consumer<InitiativeSummary> sink) {
        Objects.requireNonNull(sink, "sink");
        for (int from = 0; from < values.size(); from += CHUNK) {
            List<?> chunk = values.subList(from, Math.min(values.size(), from + CHUNK));
            String in = column + " IN (" + String.join(", ", chunk.stream().map(v -> "?").toList()) + ")";
            ao.stream(InitiativeSummaryEntity.class, Query.select(COLUMNS).where(in, chunk.toArray()),
                    e -> sink.accept(row(e)));
        }
    }
}
