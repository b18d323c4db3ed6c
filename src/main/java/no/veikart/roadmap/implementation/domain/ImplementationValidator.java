package no.veikart.roadmap.implementation.domain;

import static no.veikart.roadmap.common.domain.FieldChecks.OUT_OF_RANGE;
import static no.veikart.roadmap.common.domain.FieldChecks.REQUIRED;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.veikart.roadmap.common.domain.FieldChecks;
import no.veikart.roadmap.common.domain.FieldError;

/** Checks typed units and their rows; every error names its field (api.md), all errors of a draft at once. */
public final class ImplementationValidator {
    public static final int MAX_NAME = 255;
    public static final int MAX_OUTCOME = 4000;
    public static final int MAX_STAFF = 100_000;
    public static final BigDecimal MAX_HOURS = BigDecimal.valueOf(1000);
    static final String L = "roadmap.implementation.field.";

    /**
     * A unit from its draft; {@code current} is the stored unit (null for a new one), whose rows, id and position are
     * kept. The days a status was reached default to {@code today} when the status moves there, and are cleared when
     * it moves back.
     */
    public Unit unit(UnitDraft d, Unit current, long initiativeId, int position, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (d == null) {
            errors.add(FieldError.of("name", REQUIRED, L + "name"));
            FieldChecks.throwIfAny(errors);
        }
        String name = FieldChecks.text(d.name(), "name", L + "name", MAX_NAME, true, false, errors);
        int staff = number(d.staff(), "staff", 0, MAX_STAFF, true, errors);
        Set<Shift> shifts = EnumSet.noneOf(Shift.class);
        if (d.shifts() == null || d.shifts().isEmpty()) {
            errors.add(FieldError.of("shifts", REQUIRED, L + "shifts"));
        } else if (d.shifts().size() > Shift.values().length) {
            // Each shift once: a long list is no plan, and one error per entry would make a huge answer.
            errors.add(FieldError.of("shifts", OUT_OF_RANGE, L + "shifts", 1, Shift.values().length));
        } else {
            List<FieldError> unknown = new ArrayList<>();
            for (String raw : d.shifts()) {
                Shift s = FieldChecks.enumValue(raw, Shift.class, "shifts", L + "shifts", true, unknown);
                if (s != null) {
                    shifts.add(s);
                }
            }
            unknown.stream().findFirst().ifPresent(errors::add);
        }
        LocalDate planned = FieldChecks.date(d.plannedGoLive(), "plannedGoLive", L + "plannedGoLive", false, errors);
        UnitStatus status = FieldChecks.enumValue(d.status(), UnitStatus.class, "status", L + "status", false, errors);
        status = status == null ? UnitStatus.PLANNED : status;
        LocalDate wentLive = FieldChecks.date(d.wentLive(), "wentLive", L + "wentLive", false, errors);
        LocalDate stableSince = FieldChecks.date(d.stableSince(), "stableSince", L + "stableSince", false, errors);
        LocalDate monitoring = FieldChecks.date(d.monitoringDate(), "monitoringDate", L + "monitoringDate", false, errors);
        String outcome = FieldChecks.text(d.monitoringOutcome(), "monitoringOutcome", L + "monitoringOutcome", MAX_OUTCOME, false,
                true, errors);
        if (wentLive != null && stableSince != null && stableSince.isBefore(wentLive)) {
            errors.add(FieldError.of("stableSince", "roadmap.implementation.error.stableBeforeLive", L + "stableSince"));
        }
        FieldChecks.throwIfAny(errors);
        if (!status.isLive()) {
            wentLive = null;
        } else if (wentLive == null) {
            wentLive = current != null && current.wentLive() != null ? current.wentLive() : today;
        }
        if (status != UnitStatus.STABLE) {
            stableSince = null;
        } else if (stableSince == null) {
            stableSince = current != null && current.stableSince() != null ? current.stableSince() : today;
            stableSince = stableSince.isBefore(wentLive) ? wentLive : stableSince;
        }
        return new Unit(current == null ? 0 : current.id(), initiativeId, current == null ? position : current.position(), name,
                staff, shifts, Boolean.TRUE.equals(d.pilotUnit()), Boolean.TRUE.equals(d.testUnit()), planned, status, wentLive,
                stableSince, monitoring, outcome, current == null ? List.of() : current.superUsers(),
                current == null ? List.of() : current.trainings(), current == null ? List.of() : current.newStaff(),
                current == null ? 0 : current.version());
    }

    public SuperUser superUser(SuperUserDraft d, Unit unit) {
        List<FieldError> errors = new ArrayList<>();
        SuperUserDraft x = d == null ? new SuperUserDraft(null, null, null, null, null, null) : d;
        String userKey = FieldChecks.text(x.userKey(), "userKey", L + "userKey", MAX_NAME, false, false, errors);
        String name = FieldChecks.text(x.name(), "name", L + "superUser", MAX_NAME, userKey == null, false, errors);
        Shift shift = FieldChecks.enumValue(x.shift(), Shift.class, "shift", L + "shift", true, errors);
        if (shift != null && !unit.shifts().contains(shift)) {
            errors.add(FieldError.of("shift", "roadmap.implementation.error.shiftNotRun", L + "shift", unit.name()));
        }
        LocalDate from = FieldChecks.date(x.from(), "from", L + "from", false, errors);
        LocalDate to = FieldChecks.date(x.to(), "to", L + "to", false, errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(FieldError.of("to", "roadmap.implementation.error.toBeforeFrom", L + "to"));
        }
        FieldChecks.throwIfAny(errors);
        return new SuperUser(0, name == null ? userKey : name, userKey, shift, from, to);
    }

    public TrainingSession training(TrainingDraft d) {
        List<FieldError> errors = new ArrayList<>();
        TrainingDraft x = d == null ? new TrainingDraft(null, null, null, null, null, null) : d;
        LocalDate date = FieldChecks.date(x.date(), "date", L + "date", true, errors);
        TrainingKind kind = FieldChecks.enumValue(x.kind(), TrainingKind.class, "kind", L + "kind", true, errors);
        int trained = number(x.trained(), "trained", 1, MAX_STAFF, true, errors);
        String trainer = FieldChecks.text(x.trainer(), "trainer", L + "trainer", MAX_NAME, false, false, errors);
        BigDecimal hours = x.hours();
        if (hours != null && (hours.signum() < 0 || hours.compareTo(MAX_HOURS) > 0 || hours.scale() > 2)) {
            errors.add(FieldError.of("hours", OUT_OF_RANGE, L + "hours", 0, MAX_HOURS));
            hours = null;
        }
        FieldChecks.throwIfAny(errors);
        return new TrainingSession(0, date, kind, trained, trainer, hours == null ? null : hours.stripTrailingZeros());
    }

    public NewStaff newStaff(NewStaffDraft d) {
        List<FieldError> errors = new ArrayList<>();
        NewStaffDraft x = d == null ? new NewStaffDraft(null, null, null) : d;
        LocalDate date = FieldChecks.date(x.date(), "date", L + "date", true, errors);
        int count = number(x.count(), "count", 1, MAX_STAFF, true, errors);
        FieldChecks.throwIfAny(errors);
        return new NewStaff(0, date, count);
    }

    private static int number(Integer value, String field, int min, int max, boolean required, List<FieldError> errors) {
        if (value == null) {
            if (required) {
                errors.add(FieldError.of(field, REQUIRED, L + field));
            }
            return 0;
        }
        if (value < min || value > max) {
            errors.add(FieldError.of(field, OUT_OF_RANGE, L + field, min, max));
            return 0;
        }
        return value;
    }
}
