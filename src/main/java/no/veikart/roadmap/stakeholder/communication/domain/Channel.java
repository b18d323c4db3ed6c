package no.veikart.roadmap.stakeholder.communication.domain;

/** How a message reaches its audience (CONNECT step 3's communication plan); the names are part of the REST contract. */
public enum Channel {
    MEETING,
    EMAIL,
    INTRANET,
    NEWSLETTER,
    SOCIAL_MEDIA,
    LETTER,
    OTHER;

    public String labelKey() {
        return "roadmap.communication.channel." + name();
    }
}
