package no.veikart.roadmap.risk.domain;

/**
 * A user's text as a message argument: not a String, so the text adapter never takes a title such as
 * {@code roadmap.x} for a key to translate, and MessageFormat shows it as typed.
 */
public record Verbatim(String text) {
    @Override
    public String toString() {
        return text;
    }
}
