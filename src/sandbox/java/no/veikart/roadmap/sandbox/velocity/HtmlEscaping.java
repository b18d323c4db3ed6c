package no.veikart.roadmap.sandbox.velocity;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;

/**
 * Jira's auto-escaping of Velocity output (ATR {@code HtmlAnnotationEscaper}): every inserted reference is
 * HTML-escaped unless it is a plain (scalar) reference whose name ends in {@code html} (any case) or is one of
 * {@code xHtmlContent}, {@code body}, {@code head}. {@code $x.bodyHtml} or {@code $x.getHtml()} are escaped: only the
 * variable name counts. Jira's {@code @HtmlSafe} method annotations are not modelled (no stand-in exists).
 */
public final class HtmlEscaping implements ReferenceInsertionEventHandler {

    @Override
    public Object referenceInsert(String reference, Object value) {
        if (value == AllowlistUberspect.Blocked.VALUE) {
            return "";
        }
        if (value == null || isHtmlSafeName(reference)) {
            return value;
        }
        return escape(value.toString());
    }

    static boolean isHtmlSafeName(String reference) {
        if (reference.indexOf('.') >= 0) {
            return false;
        }
        String base = reference.replaceAll("[!${}]", "");
        return base.toLowerCase(java.util.Locale.ROOT).endsWith("html") || "xHtmlContent".equals(base)
                || "body".equals(base) || "head".equals(base);
    }

    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&':
                    b.append("&amp;");
                    break;
                case '<':
                    b.append("&lt;");
                    break;
                case '>':
                    b.append("&gt;");
                    break;
                case '"':
                    b.append("&quot;");
                    break;
                case '\'':
                    b.append("&#39;");
                    break;
                default:
                    b.append(c);
            }
        }
        return b.toString();
    }
}
