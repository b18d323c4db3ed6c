package no.veikart.roadmap.sandbox.host;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The host services Jira 11 offers a plugin as OSGi services, by interface name, each with the public source that
 * shows it. An {@code <osgi:reference>} to an interface not listed here stops the sandbox, as a reference that no
 * service answers stops the plugin in Jira (Gemini waits for it, then fails the context). Add a line only with its
 * source.
 *
 * <p>Sources: S-SLACK = atlassian-labs/atlassian-slack-integration-server, jira-slack-server-integration-plugin,
 * {@code service/ComponentImports.java} (Atlassian's own plugin, jira.version 11.0.0); S-BOOT = deftdevs/bootstrapi
 * {@code jira/.../config/AtlassianConfig.java} (11.3.10, {@code importOsgiService}); S-J63 = turgaycelik/mysource,
 * Jira 6.3 {@code jira-core/.../ContainerRegistrar.java}, {@code register.implementation(PROVIDED, …)} (host
 * components registered as PROVIDED are the ones published to plugins) and {@code jira-sal-plugin}'s
 * atlassian-plugin.xml (public SAL components).
 */
public final class Jira11Services {

    /** How far the public evidence reaches. */
    public enum Evidence {
        /** Imported as an OSGi service by a plugin built against Jira 11. */
        JIRA_11,
        /** Published to plugins in the Jira 6.3 source; no Jira 10/11 plugin source found that imports it. */
        OLDER_ONLY
    }

    /** One exported service: its interface, how sure we are, and where it was seen. */
    public record Entry(String interfaceName, Evidence evidence, String source) {
    }

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    static {
        // Seen as OSGi imports on Jira 11.
        jira11("com.atlassian.activeobjects.external.ActiveObjects", "S-SLACK");
        jira11("com.atlassian.cache.CacheManager", "S-SLACK");
        jira11("com.atlassian.jira.bc.issue.search.SearchService", "S-SLACK");
        jira11("com.atlassian.jira.config.IssueTypeManager", "S-SLACK");
        jira11("com.atlassian.jira.issue.CustomFieldManager", "S-SLACK");
        jira11("com.atlassian.jira.issue.IssueManager", "S-SLACK");
        jira11("com.atlassian.jira.project.ProjectManager", "S-SLACK");
        jira11("com.atlassian.jira.security.GlobalPermissionManager", "S-SLACK; S-BOOT");
        jira11("com.atlassian.jira.security.JiraAuthenticationContext", "S-SLACK");
        jira11("com.atlassian.jira.security.PermissionManager", "S-SLACK");
        jira11("com.atlassian.jira.user.util.UserManager", "S-SLACK (@ComponentImport(\"jiraUserManager\"))");
        jira11("com.atlassian.jira.datetime.DateTimeFormatter", "S-SLACK");
        jira11("com.atlassian.templaterenderer.TemplateRenderer", "S-SLACK");
        jira11("com.atlassian.sal.api.ApplicationProperties", "S-SLACK; S-BOOT");
        jira11("com.atlassian.sal.api.auth.LoginUriProvider", "S-SLACK");
        jira11("com.atlassian.sal.api.message.I18nResolver", "S-SLACK");
        jira11("com.atlassian.sal.api.pluginsettings.PluginSettingsFactory", "S-SLACK; S-BOOT");
        jira11("com.atlassian.sal.api.transaction.TransactionTemplate", "S-SLACK");
        jira11("com.atlassian.sal.api.user.UserManager", "S-SLACK (@ComponentImport(\"salUserManager\"))");
        jira11("com.atlassian.beehive.ClusterLockService", "S-BOOT");
        // Published to plugins in Jira 6.3; the API is unchanged in jira-api 11 as far as the plugin uses it.
        older("com.atlassian.jira.security.groups.GroupManager", "S-J63 (jira-api .../security/groups/GroupManager.java)");
        older("com.atlassian.jira.bc.issue.IssueService", "S-J63 (DefaultIssueService)");
        older("com.atlassian.jira.config.SubTaskManager", "S-J63 (DefaultSubTaskManager)");
        older("com.atlassian.jira.issue.link.IssueLinkManager", "S-J63 (DefaultIssueLinkManager)");
        older("com.atlassian.jira.issue.link.IssueLinkTypeManager", "S-J63 (DefaultIssueLinkTypeManager)");
        older("com.atlassian.jira.issue.comments.CommentManager", "S-J63 (DefaultCommentManager)");
        older("com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager", "S-J63 (IssueTypeSchemeManagerImpl)");
        older("com.atlassian.jira.avatar.AvatarManager", "S-J63 (AvatarManagerImpl)");
        older("com.atlassian.jira.issue.fields.config.manager.FieldConfigSchemeManager", "S-J63 (FieldConfigSchemeManagerImpl)");
        older("com.atlassian.jira.issue.customfields.manager.OptionsManager", "S-J63 (CachedOptionsManager)");
        older("com.atlassian.jira.bc.filter.SearchRequestService", "S-J63 (DefaultSearchRequestService)");
        older("com.atlassian.scheduler.SchedulerService", "S-J63 (DelegatingSchedulerService)");
        older("com.atlassian.jira.security.xsrf.XsrfTokenGenerator", "S-J63 (SimpleXsrfTokenGenerator); "
                + "atlassian-reference.md §11: alanmosely/basic-jira-development-panels 2.x on 11.3.10");
        older("com.atlassian.sal.api.xsrf.XsrfTokenAccessor", "S-J63 jira-sal-plugin (JiraXsrfTokenAccessor)");
        older("com.atlassian.sal.api.xsrf.XsrfTokenValidator", "S-J63 jira-sal-plugin (JiraXsrfTokenValidator)");
        // No Jira 10/11 source shows these as OSGi services: the plugin imports them with availability="optional".
        // jira-api declares it (docs.atlassian.com jira 10.2.0 RequestCache/RequestCacheFactory, @ExperimentalApi since
        // 6.4.8) but no source shows it published to plugins: the plugin references it as optional and reads through.
        older("com.atlassian.jira.cache.request.RequestCacheFactory", "DOCS jira 10.2.0 api (interface only)");
        older("com.atlassian.jira.cluster.ClusterManager", "S-J63 (DefaultClusterManager, then in jira-core)");
        older("com.atlassian.mail.queue.MailQueue", "S-J63 (JiraMailQueue); on 11.3.10 alanmosely fetches it "
                + "through ComponentAccessor, not OSGi");
        older("com.atlassian.jira.util.DateFieldFormat", "S-J63 (DateFieldFormatImpl)");
        older("com.atlassian.sal.api.message.LocaleResolver", "S-J63 jira-sal-plugin (JiraLocaleResolver)");
        older("com.atlassian.sal.api.rdbms.TransactionalExecutorFactory", "masoudnasiri/corbitchat-jira-data-center-"
                + "messenger atlassian-plugin.xml <component-import> (Jira 9.17.5, sal-api 5.0.0); SAL 3+, not in 6.3");
    }

    private Jira11Services() {
    }

    private static void jira11(String name, String source) {
        ENTRIES.put(name, new Entry(name, Evidence.JIRA_11, source));
    }

    private static void older(String name, String source) {
        ENTRIES.put(name, new Entry(name, Evidence.OLDER_ONLY, source));
    }

    /** The entry for exactly this interface name, if Jira 11 is known to export it. */
    public static Optional<Entry> find(String interfaceName) {
        return Optional.ofNullable(ENTRIES.get(interfaceName));
    }

    public static Map<String, Entry> all() {
        return java.util.Collections.unmodifiableMap(ENTRIES);
    }
}
