package no.veikart.roadmap.stakeholder.communication.domain;

/** Where an entry of the communication plan stands; the names are part of the REST contract. */
public enum CommunicationStatus {
    PLANNED,
    DONE,
    CANCELLED;

    public String labelKey() {
        return "roadmap.communication.status." + name();
    }
}
