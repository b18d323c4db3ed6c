package no.veikart.roadmap.stakeholder.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One row of the anchoring tool: who is affected ({@code group} is free text such as "Users" or "Unions"), at which
 * organisational level, how ({@code effect}), their attitude now and wanted (−2…+2), influence and interest (1…5),
 * how they take part, the anchoring status per phase key, the owner of the relation (a Jira user key or free text)
 * and the last and next contact. Built by {@link StakeholderValidator} or by persistence; {@code id} 0 is unsaved.
 */
public record Stakeholder(long id, long initiativeId, String name, String group, Level level, String effect,
        int attitude, int desiredAttitude, int influence, int interest, Involvement involvement, String ownerKey,
        LocalDate lastContact, LocalDate nextContact, String notes, Map<String, AnchoringStatus> statusByPhase,
        long version) {

    /**
     * What an erased stakeholder's name and contact log texts become; the same in every language (views show a
     * translated label instead).
     */
    public static final String ERASED = "[erased]";

    public Stakeholder {
        Map<String, AnchoringStatus> copy = new LinkedHashMap<>();
        if (statusByPhase != null) {
            statusByPhase.forEach((k, v) -> {
                if (k != null && v != null) {
                    copy.put(k, v);
                }
            });
        }
        statusByPhase = Collections.unmodifiableMap(copy);
    }

    /** How far the attitude must move: desired − current (−4…+4; positive means more support is needed). */
    public int attitudeGap() {
        return desiredAttitude - attitude;
    }

    public Optional<AnchoringStatus> statusIn(String phaseKey) {
        return Optional.ofNullable(statusByPhase.get(phaseKey));
    }

    public boolean anchoredIn(String phaseKey) {
        return statusByPhase.get(phaseKey) == AnchoringStatus.ANCHORED;
    }

    /** The next contact was planned before {@code today} and has not been moved or logged since. */
    public boolean contactOverdue(LocalDate today) {
        return nextContact != null && nextContact.isBefore(today);
    }

    public Quadrant quadrant() {
        return Quadrant.of(influence, interest);
    }

    public Stakeholder withId(long newId, long newVersion) {
        return new Stakeholder(newId, initiativeId, name, group, level, effect, attitude, desiredAttitude, influence,
                interest, involvement, ownerKey, lastContact, nextContact, notes, statusByPhase, newVersion);
    }

    public Stakeholder withStatusByPhase(Map<String, AnchoringStatus> newStatuses) {
        return new Stakeholder(id, initiativeId, name, group, level, effect, attitude, desiredAttitude, influence,
                interest, involvement, ownerKey, lastContact, nextContact, notes, newStatuses, version);
    }

    /** The same stakeholder with the status of one phase set, or removed when {@code status} is null. */
    public Stakeholder withStatus(String phaseKey, AnchoringStatus status) {
        Map<String, AnchoringStatus> copy = new LinkedHashMap<>(statusByPhase);
        if (status == null) {
            copy.remove(phaseKey);
        } else {
            copy.put(phaseKey, status);
        }
        return withStatusByPhase(copy);
    }

    public Stakeholder withContacts(LocalDate newLast, LocalDate newNext) {
        return new Stakeholder(id, initiativeId, name, group, level, effect, attitude, desiredAttitude, influence,
                interest, involvement, ownerKey, newLast, newNext, notes, statusByPhase, version);
    }

    /**
     * The stakeholder without personal data (GDPR erasure): name, effect and notes gone. Group, level, attitudes,
     * influence, interest, involvement, owner, contact dates and statuses stay, so coverage, warnings and the grid
     * count them as before.
     */
    public Stakeholder anonymised() {
        return new Stakeholder(id, initiativeId, ERASED, group, level, null, attitude, desiredAttitude, influence,
                interest, involvement, ownerKey, lastContact, nextContact, null, statusByPhase, version);
    }

    public boolean erased() {
        return ERASED.equals(name);
    }

    public Stakeholder withNotes(String newNotes) {
        return new Stakeholder(id, initiativeId, name, group, level, effect, attitude, desiredAttitude, influence,
                interest, involvement, ownerKey, lastContact, nextContact, newNotes, statusByPhase, version);
    }
}
