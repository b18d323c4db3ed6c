package no.veikart.roadmap.stakeholder.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.FieldChecks;
import no.veikart.roadmap.common.domain.FieldError;
import static no.veikart.roadmap.common.domain.FieldChecks.date;
import static no.veikart.roadmap.common.domain.FieldChecks.echo;
import static no.veikart.roadmap.common.domain.FieldChecks.enumValue;
import static no.veikart.roadmap.common.domain.FieldChecks.strip;
import static no.veikart.roadmap.common.domain.FieldChecks.text;
import static no.veikart.roadmap.common.domain.FieldChecks.throwIfAny;
import no.veikart.roadmap.common.domain.InputRules;
import no.veikart.roadmap.common.domain.RoadmapException;

/**
 * Checks stakeholder and contact-log input once, at the boundary, and names every failing field with the JSON
 * field name of the REST contract ({@code statusByPhase.<PHASE>} for one phase's status).
 *
 * <ul>
 *   <li>Text is stripped; blank counts as missing. Single-line fields (name, group, owner) reject every control
 *       character; multi-line fields (effect, notes, agreed) allow line feed and tab, after CR LF and CR are turned
 *       into LF ({@link FieldChecks}, the same checks as every feature's).</li>
 *   <li>Enum values are matched ignoring case and surrounding blanks.</li>
 *   <li>Dates are ISO {@code yyyy-MM-dd}, strictly (no 30 February) and within {@link InputRules}' range; the next
 *       contact may not be before the last.</li>
 *   <li>A status may only be given for a phase of the initiative; a blank status means "no status".</li>
 * </ul>
 */
public final class StakeholderValidator {
    public static final int MAX_NAME = 255;
    public static final int MAX_GROUP = 255;
    public static final int MAX_OWNER = 255;
    public static final int MAX_EFFECT = 2000;
    public static final int MAX_NOTES = 4000;
    public static final int MAX_AGREED = 4000;
    public static final int MIN_ATTITUDE = -2;
    public static final int MAX_ATTITUDE = 2;
    public static final int MIN_SCALE = 1;
    public static final int MAX_SCALE = 5;
    /** Longest piece of a rejected value echoed back in an error message. */
    static final int MAX_ECHO = FieldChecks.MAX_ECHO;

    static final String REQUIRED = FieldChecks.REQUIRED;
    static final String TOO_LONG = FieldChecks.TOO_LONG;
    static final String OUT_OF_RANGE = FieldChecks.OUT_OF_RANGE;
    static final String INVALID_DATE = FieldChecks.INVALID_DATE;
    static final String UNKNOWN_VALUE = FieldChecks.UNKNOWN_VALUE;
    static final String INVALID_VALUE = FieldChecks.INVALID_VALUE;
    static final String TOO_MANY = "roadmap.error.tooMany";
    public static final String DATE_ORDER = "roadmap.error.dateOrder";
    public static final String DATE_IN_FUTURE = "roadmap.error.dateInFuture";

    /** A contact that passed validation, and the stakeholder with its last and next contact brought up to date. */
    public record ValidContact(ContactLogEntry entry, Stakeholder stakeholder) {
    }

    /** A new stakeholder of the initiative (id and version 0). */
    public Stakeholder validateNew(StakeholderDraft draft, long initiativeId, List<String> phaseKeys) {
        List<FieldError> errors = new ArrayList<>();
        Stakeholder s = check(draft, 0, initiativeId, 0, phaseKeys, errors);
        throwIfAny(errors);
        return s;
    }

    /**
     * The changed {@code current} stakeholder. {@code version} is required (the stale check itself is the
     * caller's). A missing (null) {@code notes} or {@code statusByPhase} keeps the stored value, so a script that
     * sends only the fields of the REST table loses nothing; send {@code ""} or {@code {}} to clear them.
     */
    public Stakeholder validateChange(StakeholderDraft draft, Stakeholder current, List<String> phaseKeys) {
        List<FieldError> errors = new ArrayList<>();
        Stakeholder s = check(draft, current.id(), current.initiativeId(), current.version(), phaseKeys, errors);
        if (draft == null || draft.version() == null) {
            errors.add(FieldError.of("version", REQUIRED, "roadmap.field.version"));
        }
        throwIfAny(errors);
        if (draft.notes() == null) {
            s = s.withNotes(current.notes());
        }
        if (draft.statusByPhase() == null) {
            s = s.withStatusByPhase(current.statusByPhase());
        }
        return s;
    }

    /** The stakeholder's statuses with one phase's status set, or removed when {@code status} is blank. */
    public Stakeholder validateStatus(Stakeholder current, String phaseKey, String status, List<String> phaseKeys) {
        List<FieldError> errors = new ArrayList<>();
        String key = strip(phaseKey);
        if (key == null) {
            errors.add(FieldError.of("phaseKey", REQUIRED, "roadmap.field.phaseKey"));
            throw new RoadmapException.Invalid(errors);
        }
        if (!phaseKeys.contains(key)) {
            errors.add(FieldError.of("statusByPhase." + echo(key), UNKNOWN_VALUE, "roadmap.field.statusByPhase", echo(key)));
            throw new RoadmapException.Invalid(errors);
        }
        AnchoringStatus value = enumValue(status, AnchoringStatus.class, "statusByPhase." + key,
                "roadmap.field.statusByPhase", false, errors);
        throwIfAny(errors);
        return current.withStatus(key, value);
    }

    /**
     * A contact with {@code stakeholder}, logged by {@code by} on {@code today}. The stakeholder's last contact
     * becomes the later of the stored one and this one; the next contact becomes the one given, or, if none is
     * given, is cleared when it was due on or before this contact (the planned contact took place).
     */
    public ValidContact validateContact(ContactLogDraft draft, Stakeholder stakeholder, List<String> phaseKeys,
            String currentPhase, LocalDate today, Actor by) {
        List<FieldError> errors = new ArrayList<>();
        ContactLogDraft d = draft == null ? new ContactLogDraft(null, null, null, null) : draft;
        LocalDate date = date(d.date(), "date", "roadmap.field.date", false, errors);
        if (date == null && !hasText(d.date())) {
            errors.add(FieldError.of("date", REQUIRED, "roadmap.field.date"));
        } else if (date != null && date.isAfter(today)) {
            errors.add(FieldError.of("date", DATE_IN_FUTURE, "roadmap.field.date"));
            date = null;
        }
        String phase = strip(d.phaseKey());
        if (phase == null) {
            phase = currentPhase;
        } else if (!phaseKeys.contains(phase)) {
            errors.add(FieldError.of("phaseKey", UNKNOWN_VALUE, "roadmap.field.phaseKey", echo(phase)));
        }
        String agreed = text(d.agreed(), "agreed", "roadmap.field.agreed", MAX_AGREED, true, true, errors);
        LocalDate next = date(d.nextContact(), "nextContact", "roadmap.field.nextContact", false, errors);
        LocalDate last = date == null ? stakeholder.lastContact() : later(stakeholder.lastContact(), date);
        if (next != null && date != null && next.isBefore(date)) {
            errors.add(FieldError.of("nextContact", DATE_ORDER, "roadmap.field.nextContact", "roadmap.field.date"));
        } else if (next != null && last != null && next.isBefore(last)) {
            errors.add(FieldError.of("nextContact", DATE_ORDER, "roadmap.field.nextContact", "roadmap.field.lastContact"));
        }
        throwIfAny(errors);
        LocalDate newNext = next;
        if (newNext == null && stakeholder.nextContact() != null && stakeholder.nextContact().isAfter(date)) {
            newNext = stakeholder.nextContact();
        }
        ContactLogEntry entry = new ContactLogEntry(0, stakeholder.id(), date, phase, by.userKey(), by.displayName(), agreed);
        return new ValidContact(entry, stakeholder.withContacts(last, newNext));
    }

    private static Stakeholder check(StakeholderDraft draft, long id, long initiativeId, long version,
            List<String> phaseKeys, List<FieldError> errors) {
        StakeholderDraft d = draft == null
                ? new StakeholderDraft(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null)
                : draft;
        String name = text(d.name(), "name", "roadmap.field.name", MAX_NAME, true, false, errors);
        String group = text(d.group(), "group", "roadmap.field.group", MAX_GROUP, true, false, errors);
        Level level = enumValue(d.level(), Level.class, "level", "roadmap.field.level", true, errors);
        String effect = text(d.effect(), "effect", "roadmap.field.effect", MAX_EFFECT, false, true, errors);
        int attitude = number(d.attitude(), "attitude", "roadmap.field.attitude", MIN_ATTITUDE, MAX_ATTITUDE, errors);
        int desired = number(d.desiredAttitude(), "desiredAttitude", "roadmap.field.desiredAttitude",
                MIN_ATTITUDE, MAX_ATTITUDE, errors);
        int influence = number(d.influence(), "influence", "roadmap.field.influence", MIN_SCALE, MAX_SCALE, errors);
        int interest = number(d.interest(), "interest", "roadmap.field.interest", MIN_SCALE, MAX_SCALE, errors);
        Involvement involvement = enumValue(d.involvement(), Involvement.class, "involvement", "roadmap.field.involvement",
                true, errors);
        String owner = text(d.owner(), "owner", "roadmap.field.owner", MAX_OWNER, false, false, errors);
        LocalDate last = date(d.lastContact(), "lastContact", "roadmap.field.lastContact", false, errors);
        LocalDate next = date(d.nextContact(), "nextContact", "roadmap.field.nextContact", false, errors);
        if (last != null && next != null && next.isBefore(last)) {
            errors.add(FieldError.of("nextContact", DATE_ORDER, "roadmap.field.nextContact", "roadmap.field.lastContact"));
        }
        String notes = text(d.notes(), "notes", "roadmap.field.notes", MAX_NOTES, false, true, errors);
        Map<String, AnchoringStatus> statuses = statuses(d.statusByPhase(), phaseKeys, errors);
        return new Stakeholder(id, initiativeId, name, group, level, effect, attitude, desired, influence, interest,
                involvement, owner, last, next, notes, statuses, version);
    }

    /** Statuses in the order of the initiative's phases; errors for unknown phases after those of known ones. */
    private static Map<String, AnchoringStatus> statuses(Map<String, String> raw, List<String> phaseKeys,
            List<FieldError> errors) {
        Map<String, AnchoringStatus> result = new LinkedHashMap<>();
        if (raw == null) {
            return result;
        }
        if (raw.size() > phaseKeys.size()) {
            // One error, not one per invented phase: a huge map must not become a huge answer.
            errors.add(FieldError.of("statusByPhase", TOO_MANY, "roadmap.field.statusByPhase", phaseKeys.size()));
            return result;
        }
        List<Map.Entry<String, String>> entries = new ArrayList<>(raw.entrySet());
        entries.sort(Comparator.<Map.Entry<String, String>>comparingInt(e -> phaseIndex(phaseKeys, e.getKey()))
                .thenComparing(e -> String.valueOf(e.getKey())));
        for (Map.Entry<String, String> e : entries) {
            String key = strip(e.getKey());
            if (key == null || !phaseKeys.contains(key)) {
                String shown = key == null ? "" : echo(key);
                errors.add(FieldError.of("statusByPhase." + shown, UNKNOWN_VALUE, "roadmap.field.statusByPhase", shown));
                continue;
            }
            AnchoringStatus status = enumValue(e.getValue(), AnchoringStatus.class, "statusByPhase." + key,
                    "roadmap.field.statusByPhase", false, errors);
            if (status != null) {
                result.put(key, status);
            }
        }
        return result;
    }

    private static int phaseIndex(List<String> phaseKeys, String key) {
        int i = key == null ? -1 : phaseKeys.indexOf(key.strip());
        return i < 0 ? Integer.MAX_VALUE : i;
    }



    private static int number(Integer value, String field, String label, int min, int max, List<FieldError> errors) {
        if (value == null) {
            errors.add(FieldError.of(field, REQUIRED, label));
            return 0;
        }
        if (value < min || value > max) {
            errors.add(FieldError.of(field, OUT_OF_RANGE, label, min, max));
            return 0;
        }
        return value;
    }


    private static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b.isAfter(a) ? b : a;
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }



}
