package no.veikart.roadmap.sandbox.velocity;

import java.lang.reflect.Method;
import org.apache.velocity.runtime.RuntimeServices;
import org.apache.velocity.util.RuntimeServicesAware;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;
import org.apache.velocity.util.introspection.VelPropertySet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Velocity introspection that enforces the {@link MethodAllowlist} as Jira does: a method call, property read
 * ({@code $x.name} calls {@code getName()}) or property write that is not allowlisted is not invoked, logs Jira's
 * "Method needs allowlisting" warning and yields {@link Blocked#VALUE}, which renders nothing and is false in
 * {@code #if}. The page still renders, as in Jira; tests fail on the logged lines instead.
 */
public final class AllowlistUberspect extends UberspectImpl implements RuntimeServicesAware {

    static final String ALLOWLIST_ATTRIBUTE = AllowlistUberspect.class.getName() + ".allowlist";
    private static final Logger LOG = LoggerFactory.getLogger(AllowlistUberspect.class);

    private MethodAllowlist allowlist;

    @Override
    public void setRuntimeServices(RuntimeServices rs) {
        this.allowlist = (MethodAllowlist) rs.getApplicationAttribute(ALLOWLIST_ATTRIBUTE);
    }

    @Override
    public VelMethod getMethod(Object obj, String methodName, Object[] args, Info info) throws Exception {
        VelMethod found = super.getMethod(obj, methodName, args, info);
        if (found != null && obj != null) {
            Method m = introspector.getMethod(obj.getClass(), methodName, args);
            if (m != null && !allowed(m, info)) {
                return new Blocked(methodName);
            }
        }
        return found;
    }

    @Override
    public VelPropertyGet getPropertyGet(Object obj, String identifier, Info info) throws Exception {
        VelPropertyGet found = super.getPropertyGet(obj, identifier, info);
        if (found != null && obj != null) {
            Method m = accessor(obj.getClass(), found.getMethodName());
            if (m != null && !allowed(m, info)) {
                return new Blocked(found.getMethodName());
            }
        }
        return found;
    }

    @Override
    public VelPropertySet getPropertySet(Object obj, String identifier, Object arg, Info info) throws Exception {
        VelPropertySet found = super.getPropertySet(obj, identifier, arg, info);
        if (found != null && obj != null) {
            for (Method m : obj.getClass().getMethods()) {
                if (m.getName().equals(found.getMethodName()) && m.getParameterCount() == 1 && !allowed(m, info)) {
                    return new Blocked(found.getMethodName());
                }
            }
        }
        return found;
    }

    private boolean allowed(Method m, Info info) {
        if (allowlist.allows(m)) {
            return true;
        }
        LOG.warn("{}{} (template {})", MethodAllowlist.NEEDS_ALLOWLISTING, MethodAllowlist.entry(m), info);
        return false;
    }

    /** The method a property executor calls: getX()/isX() with no argument, or get(String) on maps. */
    private static Method accessor(Class<?> type, String methodName) {
        Method oneArg = null;
        for (Method m : type.getMethods()) {
            if (m.getName().equals(methodName)) {
                if (m.getParameterCount() == 0) {
                    return m;
                }
                if (m.getParameterCount() == 1) {
                    oneArg = m;
                }
            }
        }
        return oneArg;
    }

    /** A blocked call: invokes nothing and yields {@link #VALUE}. */
    static final class Blocked implements VelMethod, VelPropertyGet, VelPropertySet {
        /** Renders as nothing ({@link HtmlEscaping}); a null {@code toString()} makes {@code #if} false. */
        static final Object VALUE = new Object() {
            @Override
            public String toString() {
                return null;
            }
        };

        private final String methodName;

        Blocked(String methodName) {
            this.methodName = methodName;
        }

        @Override
        public Object invoke(Object o, Object[] params) {
            return VALUE;
        }

        @Override
        public Object invoke(Object o) {
            return VALUE;
        }

        @Override
        public Object invoke(Object o, Object arg) {
            return VALUE;
        }

        @Override
        public boolean isCacheable() {
            return false;
        }

        @Override
        public String getMethodName() {
            return methodName;
        }

        @Override
        public Class<?> getReturnType() {
            return Object.class;
        }
    }
}
