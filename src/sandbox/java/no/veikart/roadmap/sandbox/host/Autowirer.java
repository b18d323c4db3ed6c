package no.veikart.roadmap.sandbox.host;

import java.lang.reflect.Modifier;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;

/**
 * Builds the module classes named in atlassian-plugin.xml (servlets, conditions, context providers, REST resources,
 * custom field types) from the plugin's Spring context, as the plugin framework's
 * {@code com.atlassian.plugin.osgi.spring.DefaultSpringContainerAccessor#createBean} does: Spring's
 * {@code createBean(class, AUTOWIRE_CONSTRUCTOR, false)} (decompiled recent plugins framework, public-code index id
 * 42412317073; autodetection only behind the system property {@code com.atlassian.plugin.legacy.wiring.autodetection.mode}).
 * Only the context's beans and {@code <osgi:reference>}s are candidates: a host service the plugin never imported is
 * not there, as in Jira.
 */
public final class Autowirer {

    private final AutowireCapableBeanFactory factory;

    public Autowirer(AutowireCapableBeanFactory factory) {
        this.factory = factory;
    }

    @SuppressWarnings("deprecation") // the mode-taking createBean is what the plugin framework calls
    public <T> T construct(Class<T> type, String what) {
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            throw new WiringException(what + ": " + type.getName() + " is not a concrete class");
        }
        try {
            return type.cast(factory.createBean(type, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false));
        } catch (BeansException e) {
            throw new WiringException(what + ": " + type.getName() + " cannot be built from the plugin's Spring "
                    + "context: " + SpringContext.causes(e), e);
        }
    }
}
