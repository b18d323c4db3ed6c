package no.veikart.roadmap.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The POST forms of a rendered page, as a browser would submit them: hidden and text inputs with their values,
 * checked boxes, the selected (or first) option of each select, textareas. Enough for the plugin's own markup.
 */
final class HtmlForms {
    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*?)/?>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern SELECT = Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern TEXTAREA = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\\s*=\\s*\"([^\"]*)\")?");

    private HtmlForms() {
    }

    /** A form: its CSS classes, the path it posts to (below the context path) and its fields in page order. */
    record Form(String cssClass, String action, List<Map.Entry<String, String>> fields) {
        String value(String name) {
            return fields.stream().filter(f -> f.getKey().equals(name)).map(Map.Entry::getValue).findFirst().orElse(null);
        }

        /** URL-encoded, with {@code overrides} replacing (or adding) fields and the named fields left out. */
        String encode(Map<String, String> overrides, String... without) {
            Map<String, String> changed = new LinkedHashMap<>(overrides);
            StringBuilder b = new StringBuilder();
            for (Map.Entry<String, String> f : fields) {
                if (List.of(without).contains(f.getKey())) {
                    continue;
                }
                String v = changed.containsKey(f.getKey()) ? changed.remove(f.getKey()) : f.getValue();
                append(b, f.getKey(), v);
            }
            changed.forEach((k, v) -> append(b, k, v));
            return b.toString();
        }

        private static void append(StringBuilder b, String name, String value) {
            if (b.length() > 0) {
                b.append('&');
            }
            b.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8));
        }
    }

    /** The {@code method="post"} forms of the page; {@code contextPath} is cut off their actions. */
    static List<Form> postForms(String html, String contextPath) {
        List<Form> forms = new ArrayList<>();
        Matcher f = FORM.matcher(html);
        while (f.find()) {
            Map<String, String> attrs = attributes(f.group(1));
            if (!"post".equalsIgnoreCase(attrs.getOrDefault("method", ""))) {
                continue;
            }
            String action = attrs.getOrDefault("action", "");
            if (action.startsWith(contextPath)) {
                action = action.substring(contextPath.length());
            }
            forms.add(new Form(attrs.getOrDefault("class", ""), action, fields(f.group(2))));
        }
        return forms;
    }

    private static List<Map.Entry<String, String>> fields(String body) {
        // Collected with their positions so that the fields keep page order.
        Map<Integer, Map.Entry<String, String>> byPosition = new java.util.TreeMap<>();
        Matcher in = INPUT.matcher(body);
        while (in.find()) {
            Map<String, String> a = attributes(in.group(1));
            String type = a.getOrDefault("type", "text").toLowerCase(java.util.Locale.ROOT);
            String name = a.get("name");
            if (name == null || List.of("submit", "button", "reset", "file", "image").contains(type)) {
                continue;
            }
            if ((type.equals("checkbox") || type.equals("radio")) && !a.containsKey("checked")) {
                continue;
            }
            String fallback = type.equals("checkbox") || type.equals("radio") ? "on" : "";
            byPosition.put(in.start(), Map.entry(name, unescape(a.getOrDefault("value", fallback))));
        }
        Matcher sel = SELECT.matcher(body);
        while (sel.find()) {
            String name = attributes(sel.group(1)).get("name");
            if (name == null) {
                continue;
            }
            String chosen = null;
            Matcher o = OPTION.matcher(sel.group(2));
            while (o.find()) {
                Map<String, String> a = attributes(o.group(1));
                if (chosen == null || a.containsKey("selected")) {
                    chosen = unescape(a.getOrDefault("value", ""));
                }
            }
            byPosition.put(sel.start(), Map.entry(name, chosen == null ? "" : chosen));
        }
        Matcher ta = TEXTAREA.matcher(body);
        while (ta.find()) {
            String name = attributes(ta.group(1)).get("name");
            if (name != null) {
                byPosition.put(ta.start(), Map.entry(name, unescape(ta.group(2))));
            }
        }
        return new ArrayList<>(byPosition.values());
    }

    static Map<String, String> attributes(String tag) {
        Map<String, String> attrs = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(tag);
        while (m.find()) {
            attrs.putIfAbsent(m.group(1).toLowerCase(java.util.Locale.ROOT), m.group(2) == null ? "" : unescape(m.group(2)));
        }
        return attrs;
    }

    static String unescape(String s) {
        return s.replace("&quot;", "\"").replace("&#39;", "'").replace("&#x27;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
    }
}
