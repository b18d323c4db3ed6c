package no.veikart.roadmap.gain.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.veikart.roadmap.common.domain.AccessControl;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.initiative.domain.InitiativeLookup;
import no.veikart.roadmap.initiative.domain.InitiativeRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps each initiative's searchable Jira fields ({@link GainSearchFields}) in step with its gains. Called after every
 * stored change of gains, measurements or economics; a write that fails is never skipped silently: the initiative is
 * kept in {@link GainSyncPendingStore} and logged (ids and keys only, no personal data), retried at the next change
 * (up to {@value #RETRIES_PER_CHANGE} waiting initiatives the acting user may edit) and by the administrator's
 * {@link #recalculate}. The gain change itself is never undone or refused because the fields could not be written.
 */
public class GainSearchSync {
    public static final int RETRIES_PER_CHANGE = 10;
    /** Waiting initiatives one recalculation retries besides the projects' own initiatives. */
    static final int RECALCULATE_PENDING_LIMIT = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(GainSearchSync.class);

    private final GainRepository repository;
    private final InitiativeLookup initiatives;
    private final GainSearchFields fields;
    private final GainSyncPendingStore pending;
    private final AccessControl access;
    private final Clock clock;
    private final GainCalculator calculator;

    public GainSearchSync(GainRepository repository, InitiativeLookup initiatives, GainSearchFields fields,
            GainSyncPendingStore pending, AccessControl access, Clock clock, GainCalculator calculator) {
        this.calculator = calculator;
        this.repository = repository;
        this.initiatives = initiatives;
        this.fields = fields;
        this.pending = pending;
        this.access = access;
        this.clock = clock;
    }

    /** What one recalculation did: initiatives whose fields were written, those that failed (now waiting), and how many wait in all. */
    public record Report(int updated, int failed, int pending) {
    }

    /**
     * After a stored change of the initiative's gains: writes its fields as {@code actor}, then retries waiting
     * initiatives the actor may edit. Never throws.
     */
    public void changed(Actor actor, InitiativeRef initiative) {
        try {
            sync(actor, initiative, values(initiative.initiativeId()));
        } catch (RuntimeException e) {
            // Reading the gains back failed: the fields cannot be computed now.
            failed(initiative, GainSearchFields.Reason.ERROR, e);
        }
        try {
            for (GainSyncPendingStore.Pending waiting : pending.list(RETRIES_PER_CHANGE + 1)) {
                if (waiting.initiativeId() != initiative.initiativeId() && access.canEditIssue(actor, waiting.issueId())) {
                    retry(actor, waiting);
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Waiting gain search fields were not retried after a change of initiative {}: {}",
                    initiative.initiativeId(), e.getClass().getName());
        }
    }

    /**
     * Jira administrators: writes the fields of every initiative in the given projects (those the administrator may
     * browse) and retries the waiting initiatives of those projects.
     */
    public Report recalculate(Actor actor, Collection<String> projectKeys) {
        if (actor == null) {
            throw new RoadmapException.NotAuthenticated();
        }
        if (!access.isJiraAdmin(actor)) {
            access.refused(actor, AccessControl.ADMINISTER, "search-fields");
            throw new RoadmapException.Forbidden();
        }
        Set<String> projects = new LinkedHashSet<>();
        for (String key : projectKeys == null ? List.<String>of() : projectKeys) {
            if (key != null && !key.isBlank() && access.canBrowseProject(actor, key.strip())) {
                projects.add(key.strip().toUpperCase(Locale.ROOT));
            }
        }
        int updated = 0;
        int failed = 0;
        Set<Long> done = new HashSet<>();
        LocalDate today = LocalDate.now(clock);
        for (String project : projects) {
            List<InitiativeRef> refs = initiatives.findInProject(actor, project);
            if (refs.isEmpty()) {
                continue;
            }
            List<Long> ids = refs.stream().map(InitiativeRef::initiativeId).toList();
            Map<Long, List<Gain>> gains = repository.findByInitiatives(ids).stream()
                    .collect(Collectors.groupingBy(Gain::initiativeId));
            Map<Long, List<Measurement>> measurements = gains.isEmpty() ? Map.of()
                    : repository.findMeasurementsByInitiatives(gains.keySet()).stream()
                            .collect(Collectors.groupingBy(Measurement::gainId));
            Map<Long, Economics> economics = gains.isEmpty() ? Map.of()
                    : repository.findEconomicsByInitiatives(gains.keySet());
            for (InitiativeRef ref : refs) {
                SearchValues values = compute(gains.getOrDefault(ref.initiativeId(), List.of()), measurements,
                        economics.get(ref.initiativeId()), today);
                if (sync(actor, ref, values)) {
                    updated++;
                } else {
                    failed++;
                }
                done.add(ref.initiativeId());
            }
        }
        for (GainSyncPendingStore.Pending waiting : pending.list(RECALCULATE_PENDING_LIMIT)) {
            if (done.contains(waiting.initiativeId()) || !projects.contains(projectOf(waiting.issueKey()))) {
                continue;
            }
            Outcome outcome = retry(actor, waiting);
            if (outcome == Outcome.WRITTEN) {
                updated++;
            } else if (outcome == Outcome.FAILED) {
                failed++;
            }
        }
        return new Report(updated, failed, pending.count());
    }

    /** How many initiatives wait for their fields to be written. */
    public int pendingCount() {
        return pending.count();
    }

    /** The values of one initiative as stored now. */
    public SearchValues values(long initiativeId) {
        List<Gain> gains = repository.findByInitiative(initiativeId);
        if (gains.isEmpty()) {
            return SearchValues.EMPTY;
        }
        Map<Long, List<Measurement>> measurements = repository.findMeasurementsByInitiatives(List.of(initiativeId)).stream()
                .collect(Collectors.groupingBy(Measurement::gainId));
        return compute(gains, measurements, repository.findEconomics(initiativeId).orElse(null), LocalDate.now(clock));
    }

    private SearchValues compute(List<Gain> gains, Map<Long, List<Measurement>> measurements, Economics economics,
            LocalDate today) {
        if (gains.isEmpty()) {
            return SearchValues.EMPTY;
        }
        List<GainProgress> progress = new ArrayList<>(gains.size());
        for (Gain gain : gains) {
            progress.add(calculator.progress(gain, measurements.getOrDefault(gain.id(), List.of()), today));
        }
        return SearchValues.of(progress, calculator.totals(gains, measurements, economics), economics);
    }

    /** True when written (and no longer waiting); false when it failed and waits. */
    private boolean sync(Actor actor, InitiativeRef ref, SearchValues values) {
        try {
            fields.publish(actor, ref, values);
        } catch (GainSearchFields.PublishException e) {
            failed(ref, e.reason(), e);
            return false;
        } catch (RuntimeException e) {
            failed(ref, GainSearchFields.Reason.ERROR, e);
            return false;
        }
        try {
            pending.remove(ref.initiativeId());
        } catch (RuntimeException e) {
            // The fields are right; a stale waiting row only costs one more (harmless) write later.
            LOG.warn("Initiative {} could not be removed from the gain search fields waiting list: {}",
                    ref.initiativeId(), e.getClass().getName());
        }
        return true;
    }

    private enum Outcome {
        WRITTEN,
        FAILED,
        GONE
    }

    /** Writes a waiting initiative again. */
    private Outcome retry(Actor actor, GainSyncPendingStore.Pending waiting) {
        Optional<InitiativeRef> ref = initiatives.find(actor, waiting.issueKey())
                .filter(r -> r.initiativeId() == waiting.initiativeId());
        if (ref.isEmpty()) {
            LOG.info("Initiative {} ({}) no longer exists: its gain search fields are no longer retried",
                    waiting.initiativeId(), waiting.issueKey());
            pending.remove(waiting.initiativeId());
            return Outcome.GONE;
        }
        SearchValues values;
        try {
            values = values(waiting.initiativeId());
        } catch (RuntimeException e) {
            failed(ref.get(), GainSearchFields.Reason.ERROR, e);
            return Outcome.FAILED;
        }
        return sync(actor, ref.get(), values) ? Outcome.WRITTEN : Outcome.FAILED;
    }

    private void failed(InitiativeRef ref, GainSearchFields.Reason reason, RuntimeException e) {
        // Messages of our own PublishException name fields and reasons only; other exceptions are logged by class.
        String detail = e instanceof GainSearchFields.PublishException ? e.getMessage() : e.getClass().getName();
        LOG.warn("Gain search fields of initiative {} ({}) were not written ({}: {}); kept for a retry at the next change "
                + "and by 'Recalculate search fields'", ref.initiativeId(), ref.issueKey(), reason, detail);
        LOG.debug("Gain search fields of initiative {} not written", ref.initiativeId(), e);
        try {
            pending.record(ref.initiativeId(), ref.issueId(), ref.issueKey(), reason, clock.instant());
        } catch (RuntimeException storeFailure) {
            LOG.error("Initiative {} ({}) could not be kept for a retry of its gain search fields either ({}): they stay "
                    + "out of step until an administrator recalculates them", ref.initiativeId(), ref.issueKey(),
                    storeFailure.getClass().getName());
        }
    }

    private static String projectOf(String issueKey) {
        int dash = issueKey == null ? -1 : issueKey.lastIndexOf('-');
        return dash <= 0 ? "" : issueKey.substring(0, dash).toUpperCase(Locale.ROOT);
    }
}
