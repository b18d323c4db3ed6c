package no.veikart.roadmap.platform.web;

import java.util.Locale;
import no.veikart.roadmap.common.domain.Texts;

/** The {@code $i18n} of this plugin's templates, bound to the reader's locale. */
public final class TemplateTexts {
    private final Texts texts;
    private final Locale locale;

    public TemplateTexts(Texts texts, Locale locale) {
        this.texts = texts;
        this.locale = locale;
    }

    public String getText(String key) {
        return texts.text(locale, key);
    }

    public String getText(String key, Object arg) {
        return texts.text(locale, key, arg);
    }

    public String getText(String key, Object first, Object second) {
        return texts.text(locale, key, first, second);
    }

    public String getLanguage() {
        return locale.toLanguageTag();
    }
}
