package no.veikart.roadmap.phase.domain;

/**
 * The decision that ends piloting (roadmap phase 4, step "Decide"). {@code target} is the phase the initiative
 * moves to; HALT closes the initiative and has none.
 */
public enum Decision {
    OPERATIONS("TRANSITION_TO_OPERATIONS"),
    FURTHER_TESTS("PILOTING"),
    HALT(null),
    BACK_TO_INSIGHT("INSIGHT"),
    BACK_TO_SERVICE_DEVELOPMENT("SERVICE_DEVELOPMENT");

    private final String target;

    Decision(String target) {
        this.target = target;
    }

    public String target() {
        return target;
    }

    public String nameKey() {
        return "roadmap.decision." + name() + ".name";
    }
}
