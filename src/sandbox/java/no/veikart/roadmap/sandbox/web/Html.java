package no.veikart.roadmap.sandbox.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import no.veikart.roadmap.sandbox.velocity.HtmlEscaping;

/** Escaping for the host pages, which are built in Java. */
final class Html {

    private Html() {
    }

    static String esc(Object value) {
        return value == null ? "" : HtmlEscaping.escape(String.valueOf(value));
    }

    static String url(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
