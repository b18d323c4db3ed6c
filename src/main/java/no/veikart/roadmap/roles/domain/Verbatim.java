package no.veikart.roadmap.roles.domain;

/**
 * A user's text as a message argument: not a String, so the text adapter never takes a name such as
 * {@code roadmap.x} for a key to translate, and MessageFormat shows it as typed.
 */
public record Verbatim(String text) {
    @Override
    public String toString() {
        return text;
    }
}
