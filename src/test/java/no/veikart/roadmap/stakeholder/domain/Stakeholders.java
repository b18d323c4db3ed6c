package no.veikart.roadmap.stakeholder.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test data for the anchoring tool. */
final class Stakeholders {
    static final List<String> PHASES = List.of("ANCHORING", "INSIGHT", "SERVICE_DEVELOPMENT", "PILOTING",
            "TRANSITION_TO_OPERATIONS", "NEW_PRACTICES");

    private Stakeholders() {
    }

    static Stakeholder at(long id, Level level, String name) {
        return new Stakeholder(id, 1, name, "Group", level, null, 0, 1, 3, 3, Involvement.CONSULT, null, null, null, null,
                Map.of(), 3);
    }

    static Stakeholder at(long id, Level level, String name, String phase, AnchoringStatus status) {
        return at(id, level, name).withStatus(phase, status);
    }

    static Stakeholder attitude(Stakeholder s, int attitude, int desired, int influence) {
        return new Stakeholder(s.id(), s.initiativeId(), s.name(), s.group(), s.level(), s.effect(), attitude, desired,
                influence, s.interest(), s.involvement(), s.ownerKey(), s.lastContact(), s.nextContact(), s.notes(),
                s.statusByPhase(), s.version());
    }

    static Stakeholder next(Stakeholder s, LocalDate next) {
        return s.withContacts(s.lastContact(), next);
    }

    /** A draft every rule accepts; tests change one thing at a time. */
    static StakeholderDraft valid() {
        Map<String, String> statuses = new LinkedHashMap<>();
        statuses.put("ANCHORING", "ANCHORED");
        statuses.put("INSIGHT", "planned");
        return new StakeholderDraft("  Kari Nordmann ", "Politicians", "POLITICAL", "Decides the budget\r\nfor 2027",
                -1, 2, 5, 4, "collaborate", "member", "2026-01-10", "2026-02-01", "Prefers meetings\tin person",
                statuses, 4L);
    }

    static StakeholderDraft with(StakeholderDraft d, String field, Object value) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", d.name());
        m.put("group", d.group());
        m.put("level", d.level());
        m.put("effect", d.effect());
        m.put("attitude", d.attitude());
        m.put("desiredAttitude", d.desiredAttitude());
        m.put("influence", d.influence());
        m.put("interest", d.interest());
        m.put("involvement", d.involvement());
        m.put("owner", d.owner());
        m.put("lastContact", d.lastContact());
        m.put("nextContact", d.nextContact());
        m.put("notes", d.notes());
        m.put("statusByPhase", d.statusByPhase());
        m.put("version", d.version());
        if (!m.containsKey(field)) {
            throw new IllegalArgumentException(field);
        }
        m.put(field, value);
        @SuppressWarnings("unchecked")
        Map<String, String> statuses = (Map<String, String>) m.get("statusByPhase");
        return new StakeholderDraft((String) m.get("name"), (String) m.get("group"), (String) m.get("level"),
                (String) m.get("effect"), (Integer) m.get("attitude"), (Integer) m.get("desiredAttitude"),
                (Integer) m.get("influence"), (Integer) m.get("interest"), (String) m.get("involvement"),
                (String) m.get("owner"), (String) m.get("lastContact"), (String) m.get("nextContact"),
                (String) m.get("notes"), statuses, (Long) m.get("version"));
    }
}
