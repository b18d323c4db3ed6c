package no.veikart.roadmap.sandbox.host;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The plugin's i18n bundles ({@code <resource type="i18n" location="i18n/roadmap"/>}) for the host's own use:
 * web-panel labels, web-item labels, dashboard-item titles. Falls back to the base bundle, never to the JVM's
 * default locale; a missing key shows as the key itself, as Jira does.
 */
public final class PluginI18n {

    private final List<String> bundles;
    private final ClassLoader loader;

    public PluginI18n(List<String> bundleLocations, ClassLoader loader) {
        this.bundles = bundleLocations;
        this.loader = loader;
    }

    public String text(Locale locale, String key, Object... args) {
        if (key == null) {
            return "";
        }
        for (String location : bundles) {
            try {
                ResourceBundle b = ResourceBundle.getBundle(location.replace('/', '.'), locale, loader,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                if (b.containsKey(key)) {
                    String pattern = b.getString(key);
                    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
                }
            } catch (MissingResourceException e) {
                // Bundle not built yet: fall through to the key.
            }
        }
        return key;
    }

    /** A module label: the i18n text when it has a key, else its literal text. */
    public String label(Locale locale, PluginDescriptor.Label label, String fallback) {
        if (label == null) {
            return fallback;
        }
        if (label.key() != null) {
            String t = text(locale, label.key());
            return t.equals(label.key()) && label.text() != null ? label.text() : t;
        }
        return label.text() != null ? label.text() : fallback;
    }
}
