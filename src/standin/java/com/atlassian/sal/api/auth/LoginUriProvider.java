package com.atlassian.sal.api.auth;

import java.net.URI;

/**
 * Stand-in, compile-only, never bundled. Mirrors SAL LoginUriProvider#getLoginUri(URI) (public SAL source copy).
 */
public interface LoginUriProvider {
    URI getLoginUri(URI returnUri);
}
