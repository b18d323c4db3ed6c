package no.veikart.roadmap.sandbox.host;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parts of {@code atlassian-plugin.xml} the sandbox hosts. Module records keep the XML's names; anything
 * else in the descriptor is listed in {@link #ignoredModules} and logged.
 */
public record PluginDescriptor(String key, String name, List<String> i18nLocations, List<RestModule> rest,
        List<ServletModule> servlets, List<WebResourceModule> webResources, List<WebPanelModule> webPanels,
        List<WebItemModule> webItems, List<DashboardItemModule> dashboardItems, List<AoModule> ao,
        List<CustomFieldTypeModule> customFieldTypes, List<WebSectionModule> webSections,
        List<WorkflowValidatorModule> workflowValidators, Set<String> velocityAllowlist, List<String> ignoredModules) {

    /** Used when the descriptor is missing: the sandbox still serves its own pages. */
    public static PluginDescriptor empty() {
        return new PluginDescriptor("no.veikart.service-innovation-roadmap", "(no descriptor)", List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), Set.of(), List.of());
    }

    public Optional<WebResourceModule> webResource(String moduleKey) {
        return webResources.stream().filter(w -> w.key().equals(moduleKey)).findFirst();
    }

    /** {@code <resource type= name= location=>}. */
    public record Resource(String type, String name, String location) {
    }

    /**
     * A condition tree: a leaf names a class (with {@code <param>}s), a {@code <conditions type="AND|OR">} node
     * has children; either may be inverted.
     */
    public record ConditionNode(String type, String className, Map<String, String> params, boolean invert,
            List<ConditionNode> children) {

        public boolean isLeaf() {
            return className != null;
        }
    }

    public record Label(String key, String text) {
    }

    public record RestModule(String key, String path, String version, List<String> packages) {

        /** Context-relative mount point, e.g. {@code /rest/roadmap/1.0}. */
        public String mountPath() {
            String p = path.startsWith("/") ? path : "/" + path;
            return "/rest" + p + "/" + version;
        }
    }

    public record ServletModule(String key, String className, List<String> urlPatterns,
            Map<String, String> initParams) {
    }

    /** {@code transformations}: file extension to the keys of its {@code <transformer>}s, e.g. js to [jsI18n]. */
    public record WebResourceModule(String key, List<String> dependencies, List<Resource> resources,
            List<String> contexts, Map<String, List<String>> transformations) {

        public boolean transforms(String extension, String transformerKey) {
            return transformations.getOrDefault(extension, List.of()).contains(transformerKey);
        }
    }

    public record ContextProviderSpec(String className, Map<String, String> params) {
    }

    public record WebPanelModule(String key, String location, int weight, Label label, List<Resource> resources,
            ContextProviderSpec contextProvider, ConditionNode condition) {
    }

    public record WebItemModule(String key, String section, int weight, Label label, String link, String linkId,
            String styleClass, ConditionNode condition) {
    }

    /**
     * A {@code <dashboard-item>}: {@code title} from its definition (else its i18n name), {@code amdModule} when the
     * browser renders it, {@code definition} when it is listed in the gadget directory (null otherwise).
     */
    public record DashboardItemModule(String key, String name, Label title, List<Resource> resources,
            ContextProviderSpec contextProvider, ConditionNode condition, boolean configurable, String amdModule,
            Label description, Definition definition) {
    }

    /** {@code <definition>}: what the gadget directory shows. {@code thumbnail} is a URL, as in Jira. */
    public record Definition(Label title, List<String> categories, String author, String thumbnail) {
    }

    public record AoModule(String key, String namespace, List<String> entities, List<String> upgradeTasks) {
    }

    /**
     * {@code <web-section key= location= weight=>}: web items name it as {@code location/key} in their {@code section}
     * (DAC "Administration UI locations": a section in {@code admin_plugins_menu}, its items in
     * {@code admin_plugins_menu/<section key>}).
     */
    public record WebSectionModule(String key, String location, int weight, Label label, ConditionNode condition) {

        /** What a web item's {@code section} attribute says to sit in this section. */
        public String itemSection() {
            return location + "/" + key;
        }
    }

    /**
     * {@code <workflow-validator key= class=>}: {@code className} is the factory (a WorkflowPluginValidatorFactory in
     * Jira), {@code validatorClass} the {@code <validator-class>} Jira runs on the transition.
     */
    public record WorkflowValidatorModule(String key, Label name, String className, String validatorClass,
            List<Resource> resources) {
    }

    /** {@code <customfield-type key= name= i18n-name-key= class=>} with its velocity resources (view, column-view, …). */
    public record CustomFieldTypeModule(String key, Label name, String className, List<Resource> resources) {
    }
}
