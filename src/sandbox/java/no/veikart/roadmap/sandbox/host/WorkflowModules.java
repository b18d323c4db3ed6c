package no.veikart.roadmap.sandbox.host;

import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.opensymphony.workflow.Validator;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import no.veikart.roadmap.sandbox.host.PluginDescriptor.Resource;
import no.veikart.roadmap.sandbox.host.PluginDescriptor.WorkflowValidatorModule;

/**
 * The plugin's {@code workflow-validator} modules as Jira 6.3's {@code WorkflowValidatorModuleDescriptor} (jira-core,
 * turgaycelik/mysource) handles them: the module class is a {@link WorkflowPluginValidatorFactory} (the descriptor is
 * typed on it and casts its module to it), {@code <validator-class>} is required (AbstractWorkflowModuleDescriptor#init
 * reads it) and must be an OSWorkflow {@link Validator}; the factory gives the parameters of each velocity resource
 * ("view", "input-parameters", "edit-parameters"), and a resource the module lacks renders nothing
 * (AbstractJiraModuleDescriptor#writeHtml). A module that breaks these rules stops the sandbox's start.
 */
public final class WorkflowModules {

    public static final String VIEW = "view";
    public static final String INPUT_PARAMETERS = "input-parameters";
    public static final String EDIT_PARAMETERS = "edit-parameters";

    private final PluginDescriptor descriptor;
    private final ModuleFactory modules;
    private final TemplateRenderer renderer;
    private final Map<String, Enabled> enabled = new LinkedHashMap<>();

    private record Enabled(WorkflowValidatorModule module, WorkflowPluginValidatorFactory factory, Validator validator) {
    }

    public WorkflowModules(PluginDescriptor descriptor, ModuleFactory modules, TemplateRenderer renderer) {
        this.descriptor = descriptor;
        this.modules = modules;
        this.renderer = renderer;
    }

    /** Builds every validator module's factory and validator; a {@link WiringException} names what Jira refuses. */
    public WorkflowModules enableAll() {
        for (WorkflowValidatorModule m : descriptor.workflowValidators()) {
            String what = "<workflow-validator key=\"" + m.key() + "\">";
            Class<?> factoryClass = modules.load(m.className(), what);
            if (!WorkflowPluginValidatorFactory.class.isAssignableFrom(factoryClass)) {
                throw new WiringException(what + ": class " + m.className() + " is not a "
                        + WorkflowPluginValidatorFactory.class.getName() + " (Jira's WorkflowValidatorModuleDescriptor "
                        + "casts its module to one; WorkflowNoInputPluginFactory is a function factory)");
            }
            if (m.validatorClass() == null) {
                throw new WiringException(what + ": no <validator-class>");
            }
            WorkflowPluginValidatorFactory factory = modules.create(m.className(), WorkflowPluginValidatorFactory.class,
                    what);
            Validator validator = modules.create(m.validatorClass(), Validator.class, what + " <validator-class>");
            enabled.put(m.key(), new Enabled(m, factory, validator));
        }
        return this;
    }

    /** The module's resource rendered with its factory's parameters; empty when the module has no such resource. */
    public String html(String moduleKey, String resourceName) {
        Enabled e = module(moduleKey);
        Optional<Resource> resource = e.module().resources().stream()
                .filter(r -> "velocity".equals(r.type()) && resourceName.equals(r.name())).findFirst();
        if (resource.isEmpty()) {
            return "";
        }
        // Jira hands "view" and "edit-parameters" the transition's ValidatorDescriptor and "input-parameters" none.
        AbstractDescriptor validatorDescriptor = INPUT_PARAMETERS.equals(resourceName) ? null : new AbstractDescriptor() {
        };
        Map<String, Object> params = new HashMap<>(e.factory().getVelocityParams(resourceName, validatorDescriptor));
        StringWriter out = new StringWriter();
        try {
            renderer.render(resource.get().location(), params, out);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toString();
    }

    /** The validator Jira would run on a transition the module is attached to. */
    public Validator validator(String moduleKey) {
        return module(moduleKey).validator();
    }

    private Enabled module(String key) {
        Enabled e = enabled.get(key);
        if (e == null) {
            throw new IllegalArgumentException("No enabled workflow-validator " + key);
        }
        return e;
    }
}
