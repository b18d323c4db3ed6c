package no.veikart.roadmap.sandbox.web;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Locale;
import no.veikart.roadmap.sandbox.host.PluginI18n;
import org.junit.Test;

/** The sandbox's jsI18n transformer turns literal AJS.I18n.getText calls into text in the user's language. */
public class JsI18nTransformerTest {

    private final JsI18nTransformer transformer = new JsI18nTransformer(
            new PluginI18n(List.of("i18n/roadmap"), JsI18nTransformerTest.class.getClassLoader()));

    @Test
    public void replacesCallsWithTheTranslationOrAFormatCall() {
        assertEquals("var t = \"Portefølje for serviceinnovation\";",
                transformer.transform("var t = AJS.I18n.getText('roadmap.portfolio.gadget.title');",
                        Locale.forLanguageTag("da-DK")));
        assertEquals("f(AJS.format(\"Every {0} minutes\", m));",
                transformer.transform("f(AJS.I18n.getText( \"roadmap.portfolio.gadget.config.refreshMinutes\" , m));",
                        Locale.UK));
    }

    @Test
    public void leavesEverythingElseAlone() {
        String script = "AJS.I18n.getText(key); AJS.I18n.getText('no.such.key'); getText('roadmap.x')";
        assertEquals("AJS.I18n.getText(key); \"no.such.key\"; getText('roadmap.x')",
                transformer.transform(script, Locale.UK));
    }

    @Test
    public void quotesTextSoItStaysOneString() {
        JsI18nTransformer quoting = new JsI18nTransformer(
                new PluginI18n(List.of("jsi18n/texts"), JsI18nTransformerTest.class.getClassLoader()));
        assertEquals("x = \"He said \\\"hi\\\" and left \\\\ a backslash\";",
                quoting.transform("x = AJS.I18n.getText('quoted');", Locale.UK));
    }
}
