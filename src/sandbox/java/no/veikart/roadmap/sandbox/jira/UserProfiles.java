package no.veikart.roadmap.sandbox.jira;

import com.atlassian.jira.user.ApplicationUser;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Per-user profile language, stored with the Jira state like a Jira user profile. */
public final class UserProfiles {

    /** Language code to the Jira locale a user would pick (Jira profiles store country-qualified locales). */
    private static final Map<String, String> LANGUAGES = Map.of(
            "en", "en-GB", "nb", "nb-NO", "da", "da-DK", "sv", "sv-SE", "fi", "fi-FI");

    private final JiraStore store;

    public UserProfiles(JiraStore store) {
        this.store = store;
    }

    /** Supported language codes in menu order with their own names. */
    public Map<String, String> languages() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("en", "English");
        names.put("nb", "Norsk bokmål");
        names.put("da", "Dansk");
        names.put("sv", "Svenska");
        names.put("fi", "Suomi");
        return names;
    }

    public String language(ApplicationUser user) {
        if (user == null) {
            return "en";
        }
        return store.read(d -> d.userLanguages.getOrDefault(user.getKey(), "en"));
    }

    public Locale locale(ApplicationUser user) {
        return Locale.forLanguageTag(LANGUAGES.get(language(user)));
    }

    public void setLanguage(ApplicationUser user, String language) {
        if (user == null || !LANGUAGES.containsKey(language)) {
            throw new IllegalArgumentException("Unsupported language: " + language);
        }
        store.write(d -> d.userLanguages.put(user.getKey(), language));
    }
}
