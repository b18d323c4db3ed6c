package no.veikart.roadmap.sandbox.host;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import no.veikart.roadmap.sandbox.jira.SandboxAuthenticationContext;
import no.veikart.roadmap.sandbox.jira.SandboxUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Host services whose stand-in interfaces may or may not exist yet (SAL's TransactionTemplate, I18nResolver,
 * UserManager; Jira's I18nHelper): registered as dynamic proxies only when the interface is
 * on the classpath, answering the common methods; any other method fails loudly with
 * UnsupportedOperationException.
 */
public final class SalHostServices {

    private static final Logger LOG = LoggerFactory.getLogger(SalHostServices.class);

    private final ClassLoader loader;
    private final HostServices hosts;

    public SalHostServices(ClassLoader loader, HostServices hosts) {
        this.loader = loader;
        this.hosts = hosts;
    }

    public void registerAll(ActiveObjects ao, PluginI18n i18n, SandboxAuthenticationContext auth, SandboxUsers users,
            GlobalPermissionManager globalPermissions) {
        register("com.atlassian.sal.api.transaction.TransactionTemplate", (m, args) -> {
            if ("execute".equals(m.getName()) && ao != null) {
                return ao.executeInTransaction((TransactionCallback<?>) args[0]);
            }
            return unsupported(m);
        });
        Handler text = (m, args) -> {
            if ("getText".equals(m.getName()) && args != null && args.length >= 1) {
                Object[] params = args.length == 1 ? new Object[0]
                        : args[1] instanceof Object[] ? (Object[]) args[1] : Arrays.copyOfRange(args, 1, args.length);
                return i18n.text(auth.getLocale(), (String) args[0], params);
            }
            if ("getLocale".equals(m.getName())) {
                return auth.getLocale();
            }
            return unsupported(m);
        };
        register("com.atlassian.sal.api.message.I18nResolver", text);
        register("com.atlassian.jira.util.I18nHelper", text);
        register("com.atlassian.sal.api.user.UserManager", (m, args) -> {
            ApplicationUser user = auth.getLoggedInUser();
            switch (m.getName()) {
                case "getRemoteUsername":
                    return user == null ? null : user.getUsername();
                case "isAdmin":
                case "isSystemAdmin":
                    if (m.getReturnType() == boolean.class && args != null && args.length == 1) {
                        return globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER,
                                users.byName(keyString(args[0])).orElse(null));
                    }
                    return unsupported(m);
                default:
                    return unsupported(m);
            }
        });
    }

    @FunctionalInterface
    private interface Handler {
        Object handle(Method m, Object[] args) throws Throwable;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void register(String interfaceName, Handler handler) {
        Class<?> type;
        try {
            type = Class.forName(interfaceName, false, loader);
        } catch (ClassNotFoundException e) {
            return;
        }
        Object proxy = Proxy.newProxyInstance(loader, new Class<?>[] {type}, (p, m, args) -> {
            if (m.getDeclaringClass() == Object.class) {
                switch (m.getName()) {
                    case "toString":
                        return "sandbox " + interfaceName;
                    case "hashCode":
                        return System.identityHashCode(p);
                    default:
                        return p == args[0];
                }
            }
            return handler.handle(m, args);
        });
        hosts.register((Class) type, proxy);
        LOG.debug("Host service {} registered", interfaceName);
    }

    /** A user name or SAL UserKey ({@code getStringValue()}) as a string. */
    private static String keyString(Object key) {
        if (key == null) {
            return null;
        }
        try {
            return String.valueOf(key.getClass().getMethod("getStringValue").invoke(key));
        } catch (ReflectiveOperationException e) {
            return String.valueOf(key);
        }
    }

    private static Object unsupported(Method m) {
        throw new UnsupportedOperationException("The sandbox does not implement " + m.getDeclaringClass().getName()
                + "#" + m.getName());
    }
}
