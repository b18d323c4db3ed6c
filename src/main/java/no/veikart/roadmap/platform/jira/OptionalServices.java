package no.veikart.roadmap.platform.jira;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;

/**
 * Host services the plugin imports with {@code availability="optional"} (and {@code timeout="0"}) because no Jira
 * 10/11 source shows them as OSGi services. While Jira offers none, Gemini Blueprint's proxy throws its
 * {@code ServiceUnavailableException} on every call (eclipse-gemini/gemini.blueprint: ServiceDynamicInterceptor);
 * the plugin cannot import that class, so it is recognised by name, and the caller degrades.
 */
public final class OptionalServices {

    static final String UNAVAILABLE = "ServiceUnavailableException";

    private OptionalServices() {
    }

    /** Whether the failure is an optional reference without a service behind it. */
    public static boolean unavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (UNAVAILABLE.equals(t.getClass().getSimpleName())) {
                return true;
            }
        }
        return false;
    }

    /** Logs, once per {@code flag}, that the service is missing and how the plugin copes. */
    public static void reportOnce(AtomicBoolean flag, Logger log, String service, String fallback) {
        if (flag.compareAndSet(false, true)) {
            log.warn("Jira does not offer {} to this plugin (optional OSGi reference without a service): {}", service,
                    fallback);
        }
    }
}
