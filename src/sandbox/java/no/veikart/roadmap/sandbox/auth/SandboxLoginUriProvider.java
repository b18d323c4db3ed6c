package no.veikart.roadmap.sandbox.auth;

import com.atlassian.sal.api.auth.LoginUriProvider;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** Jira's login page with the page to return to, as SAL's Jira implementation builds it. */
public final class SandboxLoginUriProvider implements LoginUriProvider {

    private final Supplier<String> baseUrl;

    public SandboxLoginUriProvider(Supplier<String> baseUrl) {
        this.baseUrl = baseUrl;
    }

    @Override
    public URI getLoginUri(URI returnUri) {
        String destination = returnUri == null ? "" : "&os_destination="
                + URLEncoder.encode(returnUri.toString(), StandardCharsets.UTF_8);
        return URI.create(baseUrl.get() + "/login.jsp?permissionViolation=true" + destination);
    }
}
