package no.veikart.roadmap.common.domain;

import java.util.Locale;
import java.util.Objects;

/** The person a use case runs for: Jira user key (stable across renames), display name and UI locale. */
public record Actor(String userKey, String username, String displayName, Locale locale) {
    public Actor {
        Objects.requireNonNull(userKey, "userKey");
        locale = locale == null ? Locale.ENGLISH : locale;
        displayName = displayName == null ? username : displayName;
    }
}
