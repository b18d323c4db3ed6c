package no.veikart.roadmap.sandbox.velocity;

import java.lang.reflect.Method;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeServices;
import org.apache.velocity.util.RuntimeServicesAware;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;
import org.apache.velocity.util.introspection.VelPropertySet;

/**
 * Velocity introspection that enforces the {@link MethodAllowlist} on method calls, property reads
 * ({@code $x.name} calls {@code getName()}) and property writes. A refused call fails the render loudly (Jira only
 * logs "Method needs allowlisting" and renders the reference literally, which is easy to miss).
 */
public final class AllowlistUberspect extends UberspectImpl implements RuntimeServicesAware {

    static final String ALLOWLIST_ATTRIBUTE = AllowlistUberspect.class.getName() + ".allowlist";

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
            check(obj.getClass(), m, info);
        }
        return found;
    }

    @Override
    public VelPropertyGet getPropertyGet(Object obj, String identifier, Info info) throws Exception {
        VelPropertyGet found = super.getPropertyGet(obj, identifier, info);
        if (found != null && obj != null) {
            check(obj.getClass(), accessor(obj.getClass(), found.getMethodName(), identifier), info);
        }
        return found;
    }

    @Override
    public VelPropertySet getPropertySet(Object obj, String identifier, Object arg, Info info) throws Exception {
        VelPropertySet found = super.getPropertySet(obj, identifier, arg, info);
        if (found != null && obj != null) {
            check(obj.getClass(), accessor(obj.getClass(), found.getMethodName(), identifier), info);
        }
        return found;
    }

    private void check(Class<?> target, Method m, Info info) {
        if (m == null || allowlist == null) {
            return;
        }
        String needed = allowlist.refusal(target, m);
        if (needed != null) {
            String fix = needed.startsWith("no.veikart.roadmap.")
                    ? "add <method>" + needed + "</method> to the plugin's <velocity-allowlist> module"
                    : "only the plugin's own classes can be allowlisted: pass a view model instead";
            throw new VelocityException("Method needs allowlisting: " + needed + " (called at " + info + "); "
                    + fix);
        }
    }

    /** The method a property executor will call: getX()/isX()/x() with no argument, or get(String) on maps. */
    private static Method accessor(Class<?> type, String methodName, String identifier) {
        for (Method m : type.getMethods()) {
            if (m.getName().equals(methodName) && m.getParameterCount() == 0) {
                return m;
            }
        }
        for (Method m : type.getMethods()) {
            if (m.getName().equals(methodName) && m.getParameterCount() == 1) {
                return m;
            }
        }
        throw new VelocityException("Cannot find the accessor " + methodName + " for ." + identifier + " on "
                + type.getName());
    }
}
