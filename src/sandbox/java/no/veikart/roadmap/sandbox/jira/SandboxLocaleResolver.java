package no.veikart.roadmap.sandbox.jira;

import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import java.util.Locale;

/** SAL's per-user locale: the language in the sandbox user's profile (English for unknown users). */
public final class SandboxLocaleResolver implements LocaleResolver {

    private final SandboxUsers users;
    private final UserProfiles profiles;

    public SandboxLocaleResolver(SandboxUsers users, UserProfiles profiles) {
        this.users = users;
        this.profiles = profiles;
    }

    @Override
    public Locale getLocale(UserKey userKey) {
        return profiles.locale(userKey == null ? null : users.byName(userKey.getStringValue()).orElse(null));
    }
}
