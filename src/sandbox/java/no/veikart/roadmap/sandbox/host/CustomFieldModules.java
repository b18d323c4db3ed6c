package no.veikart.roadmap.sandbox.host;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import no.veikart.roadmap.sandbox.host.PluginDescriptor.CustomFieldTypeModule;
import no.veikart.roadmap.sandbox.host.PluginDescriptor.Resource;
import no.veikart.roadmap.sandbox.jira.PluginFieldTypes;

/**
 * The plugin's {@code customfield-type} modules as Jira's CustomFieldTypeModuleDescriptor handles them: one module
 * instance per module, built through the plugin's module factory (constructor autowiring from the Spring context), known
 * to the custom field manager by the complete key {@code pluginKey:moduleKey}; and a field's HTML rendered from the
 * module's velocity resources with the parameters Jira's CustomFieldUtils.buildParams puts together: {@code customField},
 * {@code issue}, {@code value} (the type's
 * getValueFromIssue), the display flags, then the type's getVelocityParameters over them (the field layout item is
 * null: the sandbox has no field configurations). As on Jira's view issue page,
 * a field without a value shows nothing; a rendering failure shows the sandbox's error box.
 */
public final class CustomFieldModules implements PluginFieldTypes {

    public static final String VIEW = "view";
    public static final String COLUMN_VIEW = "column-view";
    public static final String EDIT = "edit";

    private final PluginDescriptor descriptor;
    private final ModuleFactory modules;
    private final TemplateRenderer renderer;
    private final Map<String, CustomFieldType<?, ?>> instances = new ConcurrentHashMap<>();

    public CustomFieldModules(PluginDescriptor descriptor, ModuleFactory modules, TemplateRenderer renderer) {
        this.descriptor = descriptor;
        this.modules = modules;
        this.renderer = renderer;
    }

    /** A field's HTML, or none when the type gives the issue no value. {@code failed} marks the error box. */
    public record Rendered(String html, boolean failed) {
    }

    @Override
    public Optional<CustomFieldType<?, ?>> byKey(String completeKey) {
        return module(completeKey).map(m -> instances.computeIfAbsent(completeKey,
                k -> modules.create(m.className(), CustomFieldType.class, "customfield-type " + m.key())));
    }

    @Override
    public Optional<String> keyOf(CustomFieldType<?, ?> type) {
        return instances.entrySet().stream().filter(e -> e.getValue() == type).map(Map.Entry::getKey).findFirst();
    }

    /** The field on the issue view ({@code view} resource). */
    public Optional<Rendered> view(CustomField field, CustomFieldType<?, ?> type, Issue issue) {
        return render(field, type, issue, VIEW, true);
    }

    /**
     * The field on an edit screen ({@code edit} resource), whatever its value, as Jira's getEditHtml renders it. A
     * module without an {@code edit} resource gets the sandbox's error box: Jira renders nothing there
     * (AbstractJiraModuleDescriptor#writeHtml returns on a missing resource, 6.3 source), which leaves a field on the
     * screen with no content, so the sandbox makes that visible instead of forgiving it.
     */
    public Rendered edit(CustomField field, CustomFieldType<?, ?> type, Issue issue) {
        return render(field, type, issue, EDIT, false).orElseThrow();
    }

    /** The field as an issue navigator column ({@code column-view}, else {@code view}, as Jira falls back). */
    public Optional<Rendered> columnView(CustomField field, CustomFieldType<?, ?> type, Issue issue) {
        return render(field, type, issue, COLUMN_VIEW, true);
    }

    private Optional<Rendered> render(CustomField field, CustomFieldType<?, ?> type, Issue issue, String resourceName,
            boolean onlyWithValue) {
        Optional<String> key = keyOf(type);
        Optional<CustomFieldTypeModule> module = key.flatMap(this::module);
        String what = "customfield-type " + module.map(CustomFieldTypeModule::key).orElse(String.valueOf(type)) + " ("
                + resourceName + ")";
        try {
            Object value = type.getValueFromIssue(field, issue);
            if (value == null && onlyWithValue) {
                return Optional.empty();
            }
            Optional<Resource> resource = module.flatMap(m -> resource(m, resourceName)
                    .or(() -> COLUMN_VIEW.equals(resourceName) ? resource(m, VIEW) : Optional.empty()));
            if (resource.isEmpty()) {
                return Optional.of(new Rendered(WebFragments.errorBox(what, "no <resource type=\"velocity\" name=\""
                        + resourceName + "\"> in the module"), true));
            }
            Map<String, Object> params = new HashMap<>();
            params.put("customField", field);
            params.put("issue", issue);
            params.put("value", value);
            params.put("readonly", Boolean.FALSE);
            params.put("textOnly", Boolean.FALSE);
            params.put("excel_view", Boolean.FALSE);
            params.put("nolink", Boolean.FALSE);
            params.put("prefix", "");
            params.put("auiparams", new HashMap<String, Object>());
            Map<String, Object> typeParams = type.getVelocityParameters(issue, field, null);
            if (typeParams != null) {
                params.putAll(typeParams);
            }
            StringWriter out = new StringWriter();
            renderer.render(resource.get().location(), params, out);
            return Optional.of(new Rendered(out.toString(), false));
        } catch (IOException | RuntimeException e) {
            return Optional.of(new Rendered(WebFragments.errorBox(what, WebFragments.rootMessage(e)), true));
        }
    }

    private Optional<CustomFieldTypeModule> module(String completeKey) {
        return descriptor.customFieldTypes().stream().filter(m -> (descriptor.key() + ":" + m.key()).equals(completeKey))
                .findFirst();
    }

    private static Optional<Resource> resource(CustomFieldTypeModule module, String name) {
        return module.resources().stream().filter(r -> "velocity".equals(r.type()) && name.equals(r.name())).findFirst();
    }
}
