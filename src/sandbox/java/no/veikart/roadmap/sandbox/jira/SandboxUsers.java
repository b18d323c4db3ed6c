package no.veikart.roadmap.sandbox.jira;

import com.atlassian.jira.user.ApplicationUser;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fixed user directory and permission scheme of the sandbox (shared/design/api.md): admin is Jira (and
 * system) administrator with every permission in every project; member creates, edits, links and comments in DEMO
 * and browses HELSE and SKOLE; viewer browses DEMO only; outsider and leder (a manager in the portfolio leaders'
 * group, no project membership) have no project access. Nobody but admin may delete issues
 * (Jira's default permission scheme gives that to project administrators). Passwords equal the usernames.
 */
public final class SandboxUsers {

    private static final Set<String> ALL = Set.of("ADMINISTER_PROJECTS", "BROWSE_PROJECTS", "CREATE_ISSUES",
            "EDIT_ISSUES", "LINK_ISSUES", "ADD_COMMENTS", "DELETE_ISSUES", "ASSIGN_ISSUES", "TRANSITION_ISSUES",
            "RESOLVE_ISSUES", "CLOSE_ISSUES", "SCHEDULE_ISSUES", "MOVE_ISSUES", "ASSIGNABLE_USER");
    private static final Set<String> MEMBER_DEMO = Set.of("BROWSE_PROJECTS", "CREATE_ISSUES", "EDIT_ISSUES",
            "LINK_ISSUES", "ADD_COMMENTS", "ASSIGN_ISSUES", "TRANSITION_ISSUES", "ASSIGNABLE_USER");
    private static final Set<String> BROWSE = Set.of("BROWSE_PROJECTS");

    private final List<SandboxUser> users = List.of(
            new SandboxUser("admin", "Anne Admin"),
            new SandboxUser("member", "Martin Medlem"),
            new SandboxUser("viewer", "Vera Visning"),
            new SandboxUser("outsider", "Ola Utenfor"),
            new SandboxUser("leder", "Liv Leder"));

    private final Map<String, String> descriptions = Map.of(
            "admin", "Jira administrator, all projects",
            "member", "creates, edits and comments in DEMO, browses HELSE and SKOLE",
            "viewer", "browses DEMO only",
            "outsider", "no project access",
            "leder", "manager: aggregated portfolio of shared projects, no project access");

    public List<SandboxUser> all() {
        return users;
    }

    public Optional<SandboxUser> byName(String username) {
        if (username == null) {
            return Optional.empty();
        }
        String wanted = username.toLowerCase(Locale.ROOT);
        return users.stream().filter(u -> u.getUsername().equals(wanted)).findFirst();
    }

    /** The user when the password matches (sandbox passwords equal the username). */
    public Optional<SandboxUser> authenticate(String username, String password) {
        return byName(username).filter(u -> u.getUsername().equals(password));
    }

    public String describe(SandboxUser user) {
        return descriptions.getOrDefault(user.getUsername(), "");
    }

    public boolean isAdmin(ApplicationUser user) {
        return user != null && "admin".equals(user.getKey());
    }

    public boolean isSystemAdmin(ApplicationUser user) {
        return isAdmin(user);
    }

    /** Whether the user holds a project permission (by its key, e.g. BROWSE_PROJECTS) in the project. */
    public boolean hasProjectPermission(ApplicationUser user, String permission, String projectKey) {
        if (user == null || byName(user.getKey()).isEmpty()) {
            return false;
        }
        switch (user.getKey()) {
            case "admin":
                return ALL.contains(permission);
            case "member":
                return "DEMO".equals(projectKey) ? MEMBER_DEMO.contains(permission)
                        : ("HELSE".equals(projectKey) || "SKOLE".equals(projectKey)) && BROWSE.contains(permission);
            case "viewer":
                return "DEMO".equals(projectKey) && BROWSE.contains(permission);
            default:
                return false;
        }
    }
}
