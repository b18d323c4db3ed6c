package no.veikart.roadmap.sandbox.jira;

import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.icon.IconType;

/** Jira's default issue type avatar id. */
public final class SandboxAvatarManager implements AvatarManager {

    static final long DEFAULT_AVATAR_ID = 10300L;

    @Override
    public Long getDefaultAvatarId(IconType iconType) {
        return DEFAULT_AVATAR_ID;
    }
}
