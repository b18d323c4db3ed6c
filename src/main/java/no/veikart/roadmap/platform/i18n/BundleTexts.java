package no.veikart.roadmap.platform.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import no.veikart.roadmap.common.domain.Texts;

/**
 * Texts from the plugin's own bundles (i18n/roadmap*.properties, UTF-8). Arguments that are themselves roadmap
 * keys are translated first, so domain errors can name fields and phases without knowing the language.
 *
 * <p>An issue view asks for a few thousand texts, so each reader locale's bundle is looked up once and each
 * pattern parsed once (per locale, as MessageFormat's number and date parts depend on it); a parsed pattern is
 * cloned for each use because MessageFormat is not thread-safe. The caches hold only the bundles' own keys, live
 * as long as this bean (a plugin reload brings a new one with the new bundles), and a pattern without a brace or
 * quote never reaches MessageFormat, which would return it unchanged.
 */
public class BundleTexts implements Texts {
    static final String BUNDLE = "i18n.roadmap";
    private static final String PREFIX = "roadmap.";

    private final ClassLoader classLoader;
    private final Map<Locale, ResourceBundle> bundles = new ConcurrentHashMap<>();
    private final Map<Locale, Map<String, MessageFormat>> formats = new ConcurrentHashMap<>();

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
        if (pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0) {
            return pattern;
        }
        Object[] resolved = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            resolved[i] = arg instanceof String s && s.startsWith(PREFIX) ? translateList(locale, s) : arg;
        }
        return format(locale, key, pattern).format(resolved);
    }

    /** A fresh copy of {@code key}'s parsed pattern; only keys the bundle has (so a bounded set) are kept. */
    private MessageFormat format(Locale locale, String key, String pattern) {
        if (locale == null) {
            return new MessageFormat(pattern, null);
        }
        MessageFormat parsed = formats.computeIfAbsent(locale, l -> new ConcurrentHashMap<>())
                .computeIfAbsent(key, k -> new MessageFormat(pattern, locale));
        return (MessageFormat) parsed.clone();
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
            return bundles.computeIfAbsent(bundleLocale(locale), l -> ResourceBundle.getBundle(BUNDLE, l, classLoader,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))).getString(key);
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
