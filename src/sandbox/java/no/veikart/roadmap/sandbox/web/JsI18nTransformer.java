package no.veikart.roadmap.sandbox.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.veikart.roadmap.sandbox.host.PluginI18n;

/**
 * The web resource transformer Jira names {@code jsI18n}: in a JavaScript resource of a {@code <web-resource>} that
 * declares {@code <transformation extension="js"><transformer key="jsI18n"/></transformation>}, each
 * {@code AJS.I18n.getText('literal.key')} becomes the text in the user's language, and a call with arguments
 * becomes {@code AJS.format('text', args…)}. Keys must be string literals; anything else is left as it is (and shows
 * the key, as in Jira). How Jira escapes apostrophes of MessageFormat patterns here is not confirmed: the sandbox
 * passes the pattern unchanged.
 */
final class JsI18nTransformer {

    static final String KEY = "jsI18n";
    private static final Pattern CALL =
            Pattern.compile("AJS\\.I18n\\.getText\\s*\\(\\s*(['\"])([\\w.\\-]+)\\1\\s*([),])");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PluginI18n i18n;

    JsI18nTransformer(PluginI18n i18n) {
        this.i18n = i18n;
    }

    String transform(String script, Locale locale) {
        Matcher m = CALL.matcher(script);
        StringBuilder out = new StringBuilder(script.length());
        while (m.find()) {
            String text = quote(i18n.text(locale, m.group(2)));
            String replacement = ")".equals(m.group(3)) ? text : "AJS.format(" + text + ",";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
