package no.veikart.roadmap.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A script-like REST caller of the sandbox: basic auth and the XSRF header Jira wants from scripts. */
public final class RestClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String authorization;

    public RestClient(String baseUrl, String user, String password) {
        this.base = baseUrl + "/rest/roadmap/1.0";
        this.authorization = user == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public record Reply(int status, JsonNode body) {
    }

    public Reply get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    public Reply post(String path, String json) throws IOException, InterruptedException {
        return postRaw(path, json, "application/json", true);
    }

    public Reply put(String path, String json) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json").header("X-Atlassian-Token", "no-check")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply delete(String path) throws IOException, InterruptedException {
        return send(request(path).header("X-Atlassian-Token", "no-check").DELETE());
    }

    public Reply postRaw(String path, String body, String contentType, boolean xsrfHeader) throws IOException, InterruptedException {
        HttpRequest.Builder builder = request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (xsrfHeader) {
            builder.header("X-Atlassian-Token", "no-check");
        }
        return send(builder);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private Reply send(HttpRequest.Builder builder) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String text = response.body();
        JsonNode body;
        try {
            body = text == null || text.isBlank() ? JSON.nullNode() : JSON.readTree(text);
        } catch (IOException e) {
            body = JSON.getNodeFactory().textNode(text);
        }
        return new Reply(response.statusCode(), body);
    }
}
