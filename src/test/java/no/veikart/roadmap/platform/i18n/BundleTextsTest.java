package no.veikart.roadmap.platform.i18n;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.Test;

/**
 * BundleTexts keeps bundles and parsed patterns between calls; these tests hold it to what parsing every pattern
 * afresh with {@link MessageFormat} gives, for every key of every language, with text, number, date and key
 * arguments, the second time as the first and from several threads at once.
 */
public class BundleTextsTest {
    private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.forLanguageTag("nb"),
            Locale.forLanguageTag("no-NO"), Locale.forLanguageTag("da"), Locale.forLanguageTag("sv"),
            Locale.forLanguageTag("fi"), Locale.GERMAN);
    private static final List<Object[]> ARGS = List.of(new Object[0],
            new Object[] {"Åse 'quoted' {x}", "roadmap.stakeholder.level.POLITICAL", 2},
            new Object[] {1, 1234567, 2.5, "roadmap.gain.type.QUALITY, own text"},
            new Object[] {new Date(86_400_000L * 365), 12, "x", -3});

    @Test
    public void everyTextIsWhatMessageFormatGivesWithAFreshPattern() {
        BundleTexts texts = new BundleTexts();
        int compared = 0;
        for (int round = 0; round < 2; round++) {
            for (Locale locale : LOCALES) {
                for (String key : keys(locale)) {
                    for (Object[] args : ARGS) {
                        assertEquals(locale + " " + key + " " + List.of(args), reference(locale, key, args),
                                outcome(() -> texts.text(locale, key, args)));
                        compared++;
                    }
                }
            }
        }
        assertTrue("compared " + compared, compared > 10_000);
    }

    /**
     * MessageFormat reads a single ' as the start of quoted text, so "handover's {0}" prints no argument: every
     * placeholder of every text must come out filled (an apostrophe in a text with arguments is written '').
     */
    @Test
    public void everyPlaceholderIsFilledInEveryLanguage() {
        BundleTexts texts = new BundleTexts();
        java.util.regex.Pattern placeholder = java.util.regex.Pattern.compile("\\{(\\d)");
        List<String> unfilled = new ArrayList<>();
        for (Locale locale : LOCALES) {
            ResourceBundle bundle = bundle(locale);
            for (String key : keys(locale)) {
                java.util.regex.Matcher m = placeholder.matcher(bundle.getString(key));
                int highest = -1;
                while (m.find()) {
                    highest = Math.max(highest, m.group(1).charAt(0) - '0');
                }
                if (highest < 0) {
                    continue;
                }
                String pattern = bundle.getString(key);
                Object[] args = new Object[highest + 1];
                String[] shown = new String[highest + 1];
                for (int i = 0; i <= highest; i++) {
                    boolean numeric = pattern.contains("{" + i + ",number") || pattern.contains("{" + i + ",choice");
                    args[i] = numeric ? (Object) (701 + i) : "ARG" + i + "X";
                    // a choice may word its number; only plain and number placeholders are checked for the value
                    shown[i] = pattern.contains("{" + i + ",choice") ? null : String.valueOf(args[i]);
                }
                String text = texts.text(locale, key, args);
                for (int i = 0; i <= highest; i++) {
                    if (pattern.contains("{" + i) && shown[i] != null && !text.contains(shown[i])) {
                        unfilled.add(locale + " " + key + ": " + text);
                    }
                }
            }
        }
        assertEquals(List.of(), unfilled);
    }

    @Test
    public void quotesAreUnescapedWithAndWithoutArguments() {
        BundleTexts texts = new BundleTexts();
        assertEquals("{0} {1} is not one of this risk's measures.",
                texts.text(Locale.ENGLISH, "roadmap.risk.error.unknownMeasure"));
        assertEquals("Measure M1 is not one of this risk's measures.",
                texts.text(Locale.ENGLISH, "roadmap.risk.error.unknownMeasure", "Measure", "M1"));
        assertEquals("Measure M1 is not one of this risk's measures.",
                texts.text(Locale.ENGLISH, "roadmap.risk.error.unknownMeasure", "Measure", "M1"));
    }

    @Test
    public void numbersFollowTheReadersLocaleEvenWhenThePatternIsCached() {
        BundleTexts texts = new BundleTexts();
        String key = "roadmap.gain.field.count";
        assertEquals("1,234 gains", texts.text(Locale.ENGLISH, key, 1234));
        assertEquals(new MessageFormat(bundle(Locale.forLanguageTag("nb")).getString(key), Locale.forLanguageTag("nb"))
                .format(new Object[] {1234}), texts.text(Locale.forLanguageTag("nb"), key, 1234));
        assertEquals("No gains", texts.text(Locale.ENGLISH, key, 0));
    }

    @Test
    public void unknownKeysFallBackToTheirMiddlePart() {
        BundleTexts texts = new BundleTexts();
        assertEquals("ownPhase", texts.text(Locale.ENGLISH, "roadmap.phase.ownPhase.name", 1));
        assertEquals("ownPhase", texts.text(Locale.ENGLISH, "roadmap.phase.ownPhase.name"));
    }

    @Test
    public void sharedPatternsGiveTheSameTextsOnManyThreads() throws Exception {
        BundleTexts texts = new BundleTexts();
        List<String> keys = keys(Locale.ENGLISH);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    int checked = 0;
                    for (int i = 0; i < 3; i++) {
                        for (String key : keys) {
                            Object[] args = ARGS.get((checked + i) % ARGS.size());
                            assertEquals(key, reference(Locale.ENGLISH, key, args),
                                    outcome(() -> texts.text(Locale.ENGLISH, key, args)));
                            checked++;
                        }
                    }
                    return checked;
                }));
            }
            for (Future<Integer> run : runs) {
                assertEquals(3 * keys.size(), (int) run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The texts as BundleTexts made them before it kept anything: a bundle look-up and a new MessageFormat per call. */
    private static String reference(Locale locale, String key, Object[] args) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return "missing";
        }
        if (args.length == 0) {
            return pattern.replace("''", "'");
        }
        Object[] resolved = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            resolved[i] = args[i] instanceof String s && s.startsWith("roadmap.") ? referenceList(locale, s) : args[i];
        }
        return outcome(() -> new MessageFormat(pattern, locale).format(resolved));
    }

    private static String referenceList(Locale locale, String keys) {
        List<String> out = new ArrayList<>();
        for (String part : keys.split(", ")) {
            out.add(part.startsWith("roadmap.") ? reference(locale, part, new Object[0]) : part);
        }
        return String.join(", ", out);
    }

    private static String outcome(java.util.function.Supplier<String> text) {
        try {
            return text.get();
        } catch (IllegalArgumentException e) {
            return "refused: " + e.getClass().getSimpleName();
        }
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BundleTexts.BUNDLE, BundleTexts.bundleLocale(locale),
                BundleTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static List<String> keys(Locale locale) {
        return List.copyOf(bundle(locale).keySet());
    }
}
