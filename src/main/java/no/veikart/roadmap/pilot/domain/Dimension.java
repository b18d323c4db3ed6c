package no.veikart.roadmap.pilot.domain;

/** What a pilot observation or an evaluation is about: the method's four evaluation dimensions (seed 003, phase 4). */
public enum Dimension {
    PEOPLE, ORGANISATION, TECHNOLOGY, GAINS;

    public String nameKey() {
        return "roadmap.pilot.dimension." + name() + ".name";
    }
}
