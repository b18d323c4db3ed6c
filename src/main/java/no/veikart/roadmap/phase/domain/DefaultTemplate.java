package no.veikart.roadmap.phase.domain;

import java.util.List;

/**
 * The KS Roadmap for Service Innovation as shipped. Mandatory steps are those the method treats as the
 * backbone of each phase: problem and goals, team and stakeholders before anything else; insight from real
 * users; procedures and gains before piloting; a planned, evaluated and decided pilot; planned gains and a
 * formal switch to operations; measured gains in new practice.
 */
public final class DefaultTemplate {
    /** The name of the built-in template is the i18n key, resolved per reader. */
    public static final String NAME_KEY = "roadmap.template.default.name";

    private DefaultTemplate() {
    }

    public static RoadmapTemplate create() {
        return new RoadmapTemplate(0, null, true, 0, List.of(
                phase(StandardPhase.ANCHORING,
                        step("DEFINE_PROBLEMS_AND_GOALS", true),
                        step("EXPLORE_GAINS", false),
                        step("BUILD_TEAM", true),
                        step("IDENTIFY_STAKEHOLDERS", true),
                        step("MAP_RELEVANT_PROJECTS", false)),
                phase(StandardPhase.INSIGHT,
                        step("MAP_EXISTING_SERVICE", true),
                        step("CONDUCT_INTERVIEWS", true),
                        step("LEARN_FROM_OTHERS", false),
                        step("STATISTICS_AND_FIGURES", false),
                        step("EXPLORE_TECHNOLOGY", false),
                        step("ANALYSE_AND_SUMMARISE", true)),
                phase(StandardPhase.SERVICE_DEVELOPMENT,
                        step("IDEA_GENERATION", true),
                        step("TEST_PROPOSED_SOLUTIONS", true),
                        step("DEFINE_PROCEDURES_HUKI", true),
                        step("IDENTIFY_GAINS", true),
                        step("DEVELOP_POINTS_OF_CONTACT", false),
                        step("DEVELOP_OR_SELECT_TECHNOLOGY", false)),
                phase(StandardPhase.PILOTING,
                        step("PLAN_PILOT", true),
                        step("IMPLEMENT_PILOT", true),
                        step("EVALUATE_PILOT", true),
                        step("DECIDE", true)),
                phase(StandardPhase.TRANSITION_TO_OPERATIONS,
                        step("CARRY_OUT_PROCUREMENT", false),
                        step("PLAN_GAINS", true),
                        step("ESTABLISH", false),
                        step("IMPLEMENT_NEW_SOLUTION", true),
                        step("SWITCH_TO_OPERATIONS", true)),
                phase(StandardPhase.NEW_PRACTICES,
                        step("CONDUCT_SERVICE", true),
                        step("MEASURE_AND_FOLLOW_UP_GAINS", true),
                        step("IMPROVE_AND_RENEW", false))));
    }

    private static PhaseDefinition phase(StandardPhase phase, StepDefinition... steps) {
        return new PhaseDefinition(phase.name(), null, List.of(steps));
    }

    private static StepDefinition step(String key, boolean mandatory) {
        return new StepDefinition(key, null, mandatory);
    }
}
