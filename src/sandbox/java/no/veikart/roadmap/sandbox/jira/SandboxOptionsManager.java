package no.veikart.roadmap.sandbox.jira;

import com.atlassian.jira.issue.customfields.manager.OptionsManager;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.customfields.option.Options;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import java.util.Comparator;

/** Select list options per field config, kept with the rest of the sandbox Jira state. */
public final class SandboxOptionsManager implements OptionsManager {

    private final JiraStore store;

    public SandboxOptionsManager(JiraStore store) {
        this.store = store;
    }

    @Override
    public Options getOptions(FieldConfig fieldConfig) {
        long configId = configId(fieldConfig);
        return store.read(d -> new SandboxOptions(d.fieldOptions.stream().filter(o -> o.configId() == configId)
                .sorted(Comparator.comparingLong(JiraData.OptionRow::sequence).thenComparingLong(JiraData.OptionRow::id))
                .map(SandboxOption::of).toList()));
    }

    @Override
    public Option createOption(FieldConfig fieldConfig, Long parentOptionId, Long sequence, String value) {
        long configId = configId(fieldConfig);
        if (parentOptionId != null) {
            throw new IllegalArgumentException("The sandbox has no cascading select lists");
        }
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("An option needs a value");
        }
        return store.write(d -> {
            if (d.customFields.stream().noneMatch(f -> f.configId() == configId)) {
                throw new IllegalArgumentException("No field config " + configId);
            }
            JiraData.OptionRow row = new JiraData.OptionRow(d.nextOptionId++, configId,
                    sequence == null ? 0 : sequence, value);
            d.fieldOptions.add(row);
            return SandboxOption.of(row);
        });
    }

    @Override
    public Option findByOptionId(Long optionId) {
        return store.read(d -> d.fieldOptions.stream().filter(o -> optionId != null && o.id() == optionId)
                .findFirst().map(SandboxOption::of).orElse(null));
    }

    private static long configId(FieldConfig fieldConfig) {
        if (!(fieldConfig instanceof SandboxFieldConfig config)) {
            throw new IllegalArgumentException("Not a sandbox field config: " + fieldConfig);
        }
        return config.id();
    }
}
