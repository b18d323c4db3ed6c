package no.veikart.roadmap.sandbox.auth;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The REST error body of the contract (shared/design/api.md) for errors the host itself raises:
 * {@code {"errors":[{"field":null,"message":"…","key":"…"}]}}.
 */
public final class JsonErrors {

    public static final String KEY_UNAUTHENTICATED = "roadmap.error.unauthenticated";
    public static final String KEY_FORBIDDEN = "roadmap.error.forbidden";
    public static final String KEY_XSRF = "roadmap.error.xsrf";
    public static final String KEY_NOT_FOUND = "roadmap.error.notFound";
    public static final String KEY_BAD_JSON = "roadmap.error.badJson";
    public static final String KEY_INTERNAL = "roadmap.error.internal";

    private JsonErrors() {
    }

    /** The body as a map, for JAX-RS responses (Jackson writes it). */
    public static Map<String, Object> body(String message, String key) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", null);
        error.put("message", message);
        error.put("key", key);
        List<Object> errors = new ArrayList<>();
        errors.add(error);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errors", errors);
        return body;
    }

    /** Writes the body directly, for filters outside JAX-RS. */
    public static void write(HttpServletResponse resp, int status, String message, String key) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json;charset=UTF-8");
        byte[] json = ("{\"errors\":[{\"field\":null,\"message\":\"" + jsonEscape(message) + "\",\"key\":\""
                + jsonEscape(key) + "\"}]}").getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(json.length);
        resp.getOutputStream().write(json);
    }

    private static String jsonEscape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
