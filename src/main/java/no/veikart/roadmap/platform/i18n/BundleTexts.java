package no.veikart.roadmap.platform.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import no.veikart.roadmap.common.domain.Texts;

/**
 * Texts from the plugin's own bundles (i18n/roadmap*.properties, UTF-8). Arguments that are themselves roadmap
 * keys are translated first, so domain errors can name fields and phases without knowing the language.
 */
public class BundleTexts implements Texts {
    static final String BUNDLE = "i18n.roadmap";
    private static final String PREFIX = "roadmap.";

    private final ClassLoader classLoader;

    public BundleTexts() {
        this.classLoader = BundleTexts.class.getClassLoader();
    }

    @Override
    public String text(Locale locale, String key, Object... args) {
        String pattern = lookup(locale, key);
        if (pattern == null) {
            return fallback(key);
        }
        if (args == null || args.length == 0) {
            return pattern.replace("''", "'");
        }
        Object[] resolved = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            resolved[i] = arg instanceof String s && s.startsWith(PREFIX) ? translateList(locale, s) : arg;
        }
        return new MessageFormat(pattern, locale).format(resolved);
    }

    @Override
    public boolean has(String key) {
        return lookup(Locale.ENGLISH, key) != null;
    }

    /** "roadmap.a, roadmap.b" (a joined list of keys, e.g. open steps) is translated item by item. */
    private String translateList(Locale locale, String keys) {
        StringBuilder out = new StringBuilder();
        for (String part : keys.split(", ")) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(part.startsWith(PREFIX) ? text(locale, part) : part);
        }
        return out.toString();
    }

    private String lookup(Locale locale, String key) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, bundleLocale(locale), classLoader,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /** Jira's Norwegian language pack is no_NO; our bundle is Bokmål (nb), which Nynorsk readers also read. */
    static Locale bundleLocale(Locale locale) {
        if (locale == null) {
            return Locale.ENGLISH;
        }
        String language = locale.getLanguage();
        return "no".equals(language) || "nn".equals(language) ? Locale.forLanguageTag("nb") : locale;
    }

    /** Own phase or step keys (from an admin's template) have no bundle entry: show the key's middle part. */
    private static String fallback(String key) {
        String[] parts = key.split("\\.");
        return parts.length >= 3 ? parts[parts.length - 2] : key;
    }
}
