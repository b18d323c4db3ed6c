package no.veikart.roadmap.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Raw HTTP against a sandbox for the security tests: any method, headers, body bytes and user (null = anonymous),
 * redirects not followed, so that each answer is exactly what the server sent.
 */
final class Http {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String REST = "/rest/roadmap/1.0";

    private final HttpClient client = newClient();
    private final String baseUrl;

    Http(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    record Reply(int status, String contentType, String location, String body) {
        JsonNode json() {
            try {
                return body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
            } catch (IOException e) {
                return JSON.getNodeFactory().textNode(body);
            }
        }

        boolean isJson() {
            return contentType != null && contentType.startsWith("application/json");
        }
    }

    /** One request; {@code path} is below the context path (e.g. {@code /rest/roadmap/1.0/templates}). */
    Reply send(String method, String path, String user, Map<String, String> headers, byte[] body) {
        return send(method, path, user, headers, body, false);
    }

    /**
     * As above; {@code chunked} streams the body without announcing its length and, like every body over the server's
     * limit, goes over a connection of its own (the server may close it before reading the body).
     */
    Reply send(String method, String path, String user, Map<String, String> headers, byte[] body, boolean chunked) {
        HttpClient via = chunked || (body != null && body.length > 512 * 1024) ? newClient() : client;
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60))
                .method(method, publisher);
        if (user != null) {
            b.header("Authorization", basic(user));
        }
        headers.forEach(b::header);
        try {
            HttpResponse<String> r;
            try {
                r = via.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException closed) {
                // The server may close a kept-alive connection after refusing a request; once more on a new one.
                r = newClient().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null),
                    r.headers().firstValue("Location").orElse(null), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " as " + user + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A script's REST call: JSON in and out, with the XSRF header Jira wants from scripts. */
    Reply rest(String method, String restPath, String user, String json) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        headers.put("X-Atlassian-Token", "no-check");
        if (json != null) {
            headers.put("Content-Type", "application/json");
        }
        return send(method, REST + restPath, user, headers, json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    }

    /** As {@link #rest}, failing unless the answer is 2xx: for setting up fixtures. */
    JsonNode ok(String method, String restPath, String user, String json) {
        Reply r = rest(method, restPath, user, json);
        if (r.status() / 100 != 2) {
            throw new AssertionError(method + " " + restPath + " as " + user + " answered " + r.status() + ": " + r.body());
        }
        return r.json();
    }

    private static HttpClient newClient() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    static String basic(String user) {
        // Sandbox passwords equal the user names.
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }
}
