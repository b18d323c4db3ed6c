package no.veikart.roadmap.sandbox.host;

import com.atlassian.plugin.web.Condition;
import com.atlassian.plugin.web.ContextProvider;

/** Builds the module classes the descriptor names, by constructor autowiring (Jira's built-in conditions aside). */
public final class ModuleFactory {

    private final ClassLoader loader;
    private final Autowirer autowirer;
    private final BuiltInConditions builtIns;

    public ModuleFactory(ClassLoader loader, Autowirer autowirer, BuiltInConditions builtIns) {
        this.loader = loader;
        this.autowirer = autowirer;
        this.builtIns = builtIns;
    }

    public Condition condition(String className, String what) {
        if (builtIns.isBuiltIn(className)) {
            return builtIns.create(className).orElseThrow(() -> new WiringException(what + ": Jira condition "
                    + className + " is not modelled by the sandbox"));
        }
        return create(className, Condition.class, what);
    }

    public ContextProvider contextProvider(String className, String what) {
        return create(className, ContextProvider.class, what);
    }

    public <T> T create(String className, Class<T> expected, String what) {
        Class<?> type = load(className, what);
        if (!expected.isAssignableFrom(type)) {
            throw new WiringException(what + ": " + className + " does not implement " + expected.getName());
        }
        return expected.cast(autowirer.construct(type, what));
    }

    public Object create(Class<?> type, String what) {
        return autowirer.construct(type, what);
    }

    public Class<?> load(String className, String what) {
        try {
            return Class.forName(className, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new WiringException(what + ": class " + className + " not found");
        }
    }
}
