package no.veikart.roadmap.sandbox.jira;

import com.atlassian.jira.issue.customfields.CustomFieldType;
import java.util.Optional;

/**
 * The custom field types of the hosted plugin's {@code customfield-type} modules, by Jira's complete key
 * ({@code pluginKey:moduleKey}); the plugin host provides them once the plugin's module classes can be built.
 */
public interface PluginFieldTypes {

    /** Before the plugin is up: no plugin types. */
    PluginFieldTypes NONE = new PluginFieldTypes() {
        @Override
        public Optional<CustomFieldType<?, ?>> byKey(String completeKey) {
            return Optional.empty();
        }

        @Override
        public Optional<String> keyOf(CustomFieldType<?, ?> type) {
            return Optional.empty();
        }
    };

    /** The module's instance (one per module, as Jira's module descriptor keeps it). */
    Optional<CustomFieldType<?, ?>> byKey(String completeKey);

    /** The complete key of an instance handed out by {@link #byKey}. */
    Optional<String> keyOf(CustomFieldType<?, ?> type);
}
