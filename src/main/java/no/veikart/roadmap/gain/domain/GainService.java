package no.veikart.roadmap.gain.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.veikart.roadmap.common.domain.AccessControl;
import no.veikart.roadmap.initiative.domain.DataChanges;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.AuditEvent;
import no.veikart.roadmap.common.domain.AuditLog;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.initiative.domain.InitiativeGuard;
import no.veikart.roadmap.initiative.domain.InitiativeLookup;
import no.veikart.roadmap.initiative.domain.InitiativeRef;

/**
 * Use cases of the gain realisation tool. Initiatives are found through the anchoring tool's
 * {@link InitiativeLookup} (one port over the phase feature, shared rather than copied). Permissions are those of the
 * initiative issue: browse to read, edit to change. Checks run in this order: 401 without an actor; 404 for an
 * unknown key, an issue the actor cannot browse, or a gain (measurement) of another initiative (gain); 403 without
 * edit; then 400 for bad input; then 409 for a stale version or a full list.
 */
public class GainService {
    /** Keeps the panel, export and portfolio usable; far above what a gain realisation plan needs. */
    public static final int MAX_PER_INITIATIVE = 200;
    /** Ten years of weekly measurements, with room to spare. */
    public static final int MAX_MEASUREMENTS_PER_GAIN = 1000;
    public static final int CURVE_POINTS = 13;
    public static final String TOO_MANY = "roadmap.gain.error.tooMany";
    public static final String TOO_MANY_MEASUREMENTS = "roadmap.gain.error.tooManyMeasurements";
    static final String VERSION_LABEL = "roadmap.field.version";

    private final GainRepository repository;
    private final InitiativeLookup initiatives;
    private final AccessControl access;
    private final Clock clock;
    private final InitiativeGuard guard;
    private final AuditLog audit;
    private final List<Listener> listeners;
    private final GainValidator validator = new GainValidator();
    private final GainCalculator calculator;
    private final TrainingHours training;

    /**
     * Told after every stored change of an initiative's gains, measurements or economics (after the commit: the
     * portfolio read model is written inside the repository's transaction, not here).
     */
    @FunctionalInterface
    public interface Listener {
        void changed(Actor actor, InitiativeRef initiative);
    }

    /**
     * {@code searchSync} keeps the initiative's searchable Jira fields in step after every stored change, and
     * {@code changes} (the portfolio cache) hears of it: the two listeners, in that order.
     */
    public GainService(GainRepository repository, InitiativeLookup initiatives, AccessControl access, Clock clock,
            GainSearchSync searchSync, AuditLog audit, DataChanges changes, GainCalculator calculator) {
        this(repository, initiatives, access, clock, searchSync, audit, changes, calculator, TrainingHours.NONE);
    }

    public GainService(GainRepository repository, InitiativeLookup initiatives, AccessControl access, Clock clock,
            GainSearchSync searchSync, AuditLog audit, DataChanges changes, GainCalculator calculator,
            TrainingHours training) {
        this.training = training;
        this.repository = repository;
        this.initiatives = initiatives;
        this.access = access;
        this.guard = new InitiativeGuard(initiatives, access);
        this.clock = clock;
        this.audit = audit;
        this.calculator = calculator;
        this.listeners = List.of(searchSync::changed, (actor, ref) -> changes.changed());
    }

    private void changed(Actor actor, InitiativeRef ref) {
        listeners.forEach(l -> l.changed(actor, ref));
    }

    /** The initiative's gains with progress, its economics, totals and appraisal, and whether the actor may edit. */
    public GainOverview overview(Actor actor, String issueKey) {
        return overview(actor, guard.browsable(actor, issueKey));
    }

    /**
     * The overview when {@code issueKey} is the initiative's own issue ({@code issueId}); empty for its phase and step
     * issues, without reading their initiative's gains (the Gains field asks this for every issue it is shown on).
     */
    public Optional<GainOverview> overviewOfInitiativeIssue(Actor actor, String issueKey, long issueId) {
        InitiativeRef ref = guard.browsable(actor, issueKey);
        return ref.issueId() == issueId ? Optional.of(overview(actor, ref)) : Optional.empty();
    }

    private GainOverview overview(Actor actor, InitiativeRef ref) {
        List<Gain> gains = repository.findByInitiative(ref.initiativeId());
        Map<Long, List<Measurement>> measurements = byGain(gains.isEmpty() ? List.of()
                : repository.findMeasurementsByInitiatives(List.of(ref.initiativeId())));
        Economics economics = economicsOf(ref.initiativeId());
        return overview(ref, gains, measurements, economics, access.canEditIssue(actor, ref.issueId()), today());
    }

    /** The initiative behind an issue key the actor may browse (404 otherwise). */
    public InitiativeRef initiative(Actor actor, String issueKey) {
        return guard.browsable(actor, issueKey);
    }

    public TrackedGain get(Actor actor, String issueKey, long gainId) {
        InitiativeRef ref = guard.browsable(actor, issueKey);
        return track(gainOf(ref, gainId), ref);
    }

    public TrackedGain create(Actor actor, String issueKey, GainDraft draft) {
        InitiativeRef ref = guard.editable(actor, issueKey);
        Gain valid = validator.validate(draft, 0, ref.initiativeId(), 0);
        if (repository.countByInitiative(ref.initiativeId()) >= MAX_PER_INITIATIVE) {
            throw new RoadmapException.Conflict(FieldError.of(null, TOO_MANY, MAX_PER_INITIATIVE));
        }
        TrackedGain created = track(repository.create(valid), List.of(), repository.findEconomics(ref.initiativeId()).orElse(null));
        changed(actor, ref);
        return created;
    }

    /**
     * Replaces the gain's fields; {@code expectedVersion} is required and must be the stored one. The recorded
     * measurements are kept and must stay valid for the edited gain ({@link GainValidator#measurementsFit}).
     */
    public TrackedGain update(Actor actor, String issueKey, long gainId, GainDraft draft, Long expectedVersion) {
        InitiativeRef ref = guard.editable(actor, issueKey);
        Gain current = gainOf(ref, gainId);
        List<FieldError> errors = new ArrayList<>();
        Gain valid = null;
        try {
            valid = validator.validate(draft, current.id(), ref.initiativeId(), current.version());
            errors.addAll(validator.measurementsFit(valid, repository.findMeasurements(current.id())));
        } catch (RoadmapException.Invalid e) {
            errors.addAll(e.errors());
        }
        if (expectedVersion == null) {
            errors.add(FieldError.of("version", GainValidator.REQUIRED, VERSION_LABEL));
        }
        if (!errors.isEmpty()) {
            throw new RoadmapException.Invalid(errors);
        }
        checkVersion(current, expectedVersion);
        TrackedGain updated = track(repository.update(valid, expectedVersion), ref);
        changed(actor, ref);
        return updated;
    }

    /**
     * Deletes the gain with its measurements. {@code expectedVersion} null deletes whatever is stored (DELETE often
     * carries no body); otherwise it must be the stored version.
     */
    public void delete(Actor actor, String issueKey, long gainId, Long expectedVersion) {
        InitiativeRef ref = guard.editable(actor, issueKey);
        Gain current = gainOf(ref, gainId);
        long expected = expectedVersion == null ? current.version() : expectedVersion;
        checkVersion(current, expected);
        repository.delete(current.id(), expected);
        audit.record(AuditEvent.of("gain.delete", actor, "gain", current.id(), ref.issueKey()).with("version", expected));
        changed(actor, ref);
    }

    /**
     * Records a measurement (value, date not before the baseline date and not in the future, optional comment) by
     * the actor; returns it with its gain as it is now.
     */
    public Recorded addMeasurement(Actor actor, String issueKey, long gainId, MeasurementDraft draft) {
        InitiativeRef ref = guard.editable(actor, issueKey);
        Gain current = gainOf(ref, gainId);
        Measurement valid = validator.validate(draft, current, today(), 0, actor.userKey());
        if (repository.countMeasurements(current.id()) >= MAX_MEASUREMENTS_PER_GAIN) {
            throw new RoadmapException.Conflict(FieldError.of(null, TOO_MANY_MEASUREMENTS, MAX_MEASUREMENTS_PER_GAIN));
        }
        MeasurementAdded added = repository.addMeasurement(valid, current.version());
        Recorded recorded = new Recorded(added.measurement(), track(added.gain(), ref));
        changed(actor, ref);
        return recorded;
    }

    /** A measurement just stored, with its gain's new state. */
    public record Recorded(Measurement measurement, TrackedGain gain) {
    }

    /**
     * Removes a mistaken measurement. {@code expectedVersion} is the gain's version; null removes it whatever the
     * gain's version is.
     */
    public TrackedGain deleteMeasurement(Actor actor, String issueKey, long gainId, long measurementId, Long expectedVersion) {
        InitiativeRef ref = guard.editable(actor, issueKey);
        Gain current = gainOf(ref, gainId);
        if (repository.findMeasurements(current.id()).stream().noneMatch(m -> m.id() == measurementId)) {
            throw new RoadmapException.NotFound();
        }
        long expected = expectedVersion == null ? current.version() : expectedVersion;
        checkVersion(current, expected);
        TrackedGain changed = track(repository.deleteMeasurement(current.id(), measurementId, expected), ref);
        audit.record(AuditEvent.of("measurement.delete", actor, "measurement", measurementId, ref.issueKey())
                .with("gain", current.id()).with("version", changed.gain().version()));
        changed(actor, ref);
        return changed;
    }

    /** The initiative's economics, or null when none are set yet. */
    public Economics economics(Actor actor, String issueKey) {
        InitiativeRef ref = guard.browsable(actor, issueKey);
        return economicsOf(ref.initiativeId());
    }

    /** The stored economics with the person-hours of the initiative's training sessions, or null. */
    private Economics economicsOf(long initiativeId) {
        return repository.findEconomics(initiativeId).map(this::withSessions).orElse(null);
    }

    private Economics withSessions(Economics e) {
        return e.withSessionTrainingHours(training.personHours(e.initiativeId()).orElse(null));
    }

    /**
     * Sets the initiative's economics. The first time, {@code expectedVersion} must be null; afterwards it is
     * required and must be the stored one.
     */
    public Economics saveEconomics(Actor actor, String issueKey, EconomicsDraft draft, Long expectedVersion) {
        InitiativeRef ref = guard.editable(actor, issueKey);
        Economics current = repository.findEconomics(ref.initiativeId()).orElse(null);
        List<FieldError> errors = new ArrayList<>();
        Economics valid = null;
        try {
            valid = validator.validate(draft, ref.initiativeId(), current == null ? 0 : current.version());
        } catch (RoadmapException.Invalid e) {
            errors.addAll(e.errors());
        }
        if (current != null && expectedVersion == null) {
            errors.add(FieldError.of("version", GainValidator.REQUIRED, VERSION_LABEL));
        }
        if (!errors.isEmpty()) {
            throw new RoadmapException.Invalid(errors);
        }
        if (current == null ? expectedVersion != null : current.version() != expectedVersion) {
            throw RoadmapException.Conflict.staleVersion();
        }
        Economics saved = repository.saveEconomics(valid, expectedVersion);
        changed(actor, ref);
        return withSessions(saved);
    }

    /**
     * The gains of the given projects' initiatives, only what the actor may see: projects it cannot browse and
     * initiative issues it cannot browse are left out silently (as Jira's own searches do). Ordered by project key as
     * given, initiative key, then the order the gains were created in.
     */
    public List<GainExportRow> export(Actor actor, Collection<String> projectKeys) {
        List<InitiativeRef> refs = guard.browsableInProjects(actor, projectKeys);
        if (refs.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Gain>> gains = repository.findByInitiatives(refs.stream().map(InitiativeRef::initiativeId).toList()).stream()
                .collect(Collectors.groupingBy(Gain::initiativeId));
        if (gains.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Measurement>> measurements = byGain(repository.findMeasurementsByInitiatives(gains.keySet()));
        Map<Long, Economics> economics = repository.findEconomicsByInitiatives(gains.keySet());
        LocalDate today = today();
        List<GainExportRow> rows = new ArrayList<>();
        for (InitiativeRef ref : refs) {
            for (Gain gain : gains.getOrDefault(ref.initiativeId(), List.of())) {
                rows.add(new GainExportRow(ref, track(gain, measurements.getOrDefault(gain.id(), List.of()),
                        economics.get(ref.initiativeId()), today)));
            }
        }
        return List.copyOf(rows);
    }

    /**
     * The overview of one initiative from stored values, e.g. for the portfolio: progress of every gain, totals, and
     * the appraisal when there are economics. {@code measurementsByGain} maps gain id to its measurements.
     */
    public GainOverview overview(InitiativeRef ref, List<Gain> gains, Map<Long, List<Measurement>> measurementsByGain,
            Economics economics, boolean editable, LocalDate today) {
        List<TrackedGain> tracked = gains.stream().sorted(Comparator.comparingLong(Gain::id))
                .map(g -> track(g, measurementsByGain.getOrDefault(g.id(), List.of()), economics, today)).toList();
        GainTotals totals = calculator.totals(gains, measurementsByGain, economics);
        return new GainOverview(ref, tracked, economics, totals, appraisal(economics, totals), editable, today);
    }

    /** NPV and payback with the planned and the realised yearly money in the economics' currency; null without economics. */
    public GainOverview.Appraisal appraisal(Economics economics, GainTotals totals) {
        if (economics == null) {
            return null;
        }
        BigDecimal planned = totals.plannedMoney(economics.currency());
        BigDecimal realised = totals.realisedMoney(economics.currency());
        return new GainOverview.Appraisal(economics.currency(), planned, realised,
                economics.investment().add(economics.trainingCost()),
                calculator.npv(economics, planned), calculator.npv(economics, realised),
                calculator.paybackYears(economics, planned).orElse(null),
                calculator.paybackYears(economics, realised).orElse(null));
    }

    /** Everything derived about one gain at {@code today}; {@code economics} may be null. */
    public TrackedGain track(Gain gain, List<Measurement> measurements, Economics economics, LocalDate today) {
        List<Measurement> sorted = measurements.stream()
                .sorted(Comparator.comparing(Measurement::date).thenComparingLong(Measurement::id)).toList();
        GainProgress progress = calculator.progress(gain, sorted, today);
        BigDecimal realisedValue = calculator.realisedYearlyValue(gain, progress.latest());
        return new TrackedGain(gain, sorted, progress, calculator.plannedPercent(gain, today),
                calculator.plannedYearlyValue(gain), realisedValue, calculator.monetisePlanned(gain, economics),
                calculator.monetise(gain, realisedValue, economics), calculator.plannedCurve(gain, CURVE_POINTS),
                calculator.actualCurve(gain, sorted));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private TrackedGain track(Gain gain, InitiativeRef ref) {
        return track(gain, repository.findMeasurements(gain.id()), repository.findEconomics(ref.initiativeId()).orElse(null));
    }

    private TrackedGain track(Gain gain, List<Measurement> measurements, Economics economics) {
        return track(gain, measurements, economics, today());
    }

    private static Map<Long, List<Measurement>> byGain(List<Measurement> measurements) {
        return measurements.stream().collect(Collectors.groupingBy(Measurement::gainId));
    }

    private Gain gainOf(InitiativeRef ref, long gainId) {
        return repository.find(gainId)
                .filter(g -> g.initiativeId() == ref.initiativeId())
                .orElseThrow(RoadmapException.NotFound::new);
    }

    private static void checkVersion(Gain current, long expected) {
        if (current.version() != expected) {
            throw RoadmapException.Conflict.staleVersion();
        }
    }

}
