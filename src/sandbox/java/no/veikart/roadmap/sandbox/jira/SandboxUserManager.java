package no.veikart.roadmap.sandbox.jira;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;

/** Jira's user lookup over the sandbox's fixed users, whose keys are their lower-case usernames. */
public final class SandboxUserManager implements UserManager {

    private final SandboxUsers users;

    public SandboxUserManager(SandboxUsers users) {
        this.users = users;
    }

    @Override
    public ApplicationUser getUserByKey(String userkey) {
        return userkey == null ? null : users.all().stream().filter(u -> u.getKey().equals(userkey)).findFirst()
                .orElse(null);
    }
}
