package no.veikart.roadmap.implementation.view;

/** A super-user: the name shown (a Jira user's display name), the user key when it is a Jira user. */
public record SuperUserView(long id, String name, String userKey, String shift, String shiftName, String from, String to,
        String period) {
}
