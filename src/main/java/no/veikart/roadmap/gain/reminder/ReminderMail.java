package no.veikart.roadmap.gain.reminder;

/** A composed reminder: plain text, so user-typed titles are never interpreted as HTML. */
public record ReminderMail(String to, String subject, String body) {
}
