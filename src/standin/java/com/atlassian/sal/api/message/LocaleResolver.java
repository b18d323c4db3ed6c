package com.atlassian.sal.api.message;

import com.atlassian.sal.api.user.UserKey;
import java.util.Locale;

/**
 * Stand-in, compile-only, never bundled. Mirrors SAL {@code LocaleResolver} (public decompiled copy, CFR, index id
 * 42025980130: getLocale(HttpServletRequest), getLocale(), {@code getLocale(@Nullable UserKey)},
 * getApplicationLocale(), getSupportedLocales()). Only {@code getLocale(UserKey)} is used: a user's profile language.
 */
public interface LocaleResolver {
    Locale getLocale(UserKey userKey);
}
