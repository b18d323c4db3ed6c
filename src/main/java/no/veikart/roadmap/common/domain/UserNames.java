package no.veikart.roadmap.common.domain;

/** People's names for views: the display name of a Jira user key, so that nobody reads a raw key. */
public interface UserNames {
    /** The user's display name; null when no user has this key (e.g. an owner typed as free text). */
    String displayName(String userKey);

    /** The display name, else the text as given (a name typed as free text, or a user who was deleted). */
    default String nameOrText(String userKeyOrText) {
        if (userKeyOrText == null || userKeyOrText.isBlank()) {
            return userKeyOrText;
        }
        String name = displayName(userKeyOrText.strip());
        return name == null || name.isBlank() ? userKeyOrText : name;
    }
}
