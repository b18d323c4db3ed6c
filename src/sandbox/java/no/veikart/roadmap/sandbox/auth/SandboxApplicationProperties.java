package no.veikart.roadmap.sandbox.auth;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import java.net.URI;
import java.util.function.Supplier;

/** SAL's base URL: absolute ({@code http://localhost:PORT/jira}) or, for the relative modes, the context path. */
public final class SandboxApplicationProperties implements ApplicationProperties {

    private final Supplier<String> baseUrl;

    public SandboxApplicationProperties(Supplier<String> baseUrl) {
        this.baseUrl = baseUrl;
    }

    @Override
    public String getBaseUrl(UrlMode urlMode) {
        String absolute = baseUrl.get();
        if (urlMode == UrlMode.RELATIVE || urlMode == UrlMode.RELATIVE_CANONICAL) {
            return URI.create(absolute).getPath();
        }
        return absolute;
    }
}
