package no.veikart.roadmap.sandbox.jira;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Objects;

/** A sandbox user; the key equals the lower-case username, as for users created in Jira before 8.x. */
public final class SandboxUser implements ApplicationUser {

    private final String username;
    private final String displayName;

    SandboxUser(String username, String displayName) {
        this.username = username;
        this.displayName = displayName;
    }

    @Override
    public String getKey() {
        return username;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String getName() {
        return username;
    }

    @Override
    public String getDisplayName() {
        return displayName;
    }

    @Override
    public String getEmailAddress() {
        return username + "@example.org";
    }

    @Override
    public boolean isActive() {
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApplicationUser && Objects.equals(((ApplicationUser) o).getKey(), username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return username;
    }
}
