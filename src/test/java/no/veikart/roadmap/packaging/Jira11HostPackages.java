package no.veikart.roadmap.packaging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The packages Jira DC 11.3 (Platform 8) exports to plugins that this plugin may import: what {@link OsgiResolutionIT}
 * hands the embedded Felix framework as {@code org.osgi.framework.system.packages.extra}.
 *
 * <p><b>This is a fixed, documented list, never derived from the JAR</b>: a test that computed the host from the
 * plugin's own Import-Package would pass for any import. When a feature needs a new Jira/Platform package, add it here
 * <em>with its source</em> (markers as in {@code shared/design/atlassian-reference.md}: [11] seen in Jira 11 / Platform 8
 * code or docs, [10] Platform 7, [old] only older versions, [?] unconfirmed). Only list packages the real host exports:
 * an entry the host lacks hides exactly the failure this test exists to catch.
 *
 * <p>Versions: third-party packages carry the version Jira 11.3 ships (the brief's figures; Jackson 2.17.x). For
 * {@code com.atlassian.*}, {@code net.java.ao*} and {@code com.opensymphony.*} the exported package versions are
 * unconfirmed, so they are exported
 * at {@code 0.0.0} here: only an unversioned import ({@code version="0.0.0"}, as the pom writes them) resolves. A version
 * range on an Atlassian package needs evidence of the real exported version first, then a change here.
 */
final class Jira11HostPackages {

  /** One exported package. */
  record HostPackage(String name, String version, String source) {
    String toExportClause() {
      return name + ";version=\"" + version + "\"";
    }
  }

  static final String UNCONFIRMED_ATLASSIAN_VERSION = "0.0.0";

  private static final String SERVLET = "6.0.0";
  private static final String JAX_RS = "3.1.0";
  private static final String INJECT = "2.0.1";
  private static final String ANNOTATION = "2.1.1";
  private static final String JACKSON = "2.17.2";
  private static final String SLF4J = "2.0.16";
  private static final String SPRING = "6.1.14";

  static final List<HostPackage> ALL = List.of(
      // ---- Jakarta EE 10 APIs: [11] S-TI pom ranges, S-AM; versions per platform.md / the project brief ----
      p("jakarta.servlet", SERVLET, "[11] S-TI, S-AM"),
      p("jakarta.servlet.http", SERVLET, "[11] S-TI, S-AM"),
      p("jakarta.servlet.annotation", SERVLET, "[11] servlet 6.0 API"),
      p("jakarta.servlet.descriptor", SERVLET, "[11] servlet 6.0 API"),
      p("jakarta.ws.rs", JAX_RS, "[11] S-AM REST v2"),
      p("jakarta.ws.rs.core", JAX_RS, "[11] S-AM REST v2"),
      p("jakarta.ws.rs.ext", JAX_RS, "[11] JAX-RS 3.1 API"),
      p("jakarta.ws.rs.container", JAX_RS, "[11] JAX-RS 3.1 API"),
      p("jakarta.ws.rs.client", JAX_RS, "[11] JAX-RS 3.1 API"),
      p("jakarta.ws.rs.sse", JAX_RS, "[11] JAX-RS 3.1 API"),
      p("jakarta.inject", INJECT, "[11] S-TI, S-AM (@Inject constructors)"),
      p("jakarta.annotation", ANNOTATION, "[11] S-TI imports jakarta.annotation*;[2.0.0,3.0.0); exact version [?]"),

      // ---- Jackson 2 (REST v2 JSON provider) [11] S-AM; 2.17.x per the brief ----
      p("com.fasterxml.jackson.annotation", JACKSON, "[11] S-AM"),
      p("com.fasterxml.jackson.core", JACKSON, "[11] S-AM"),
      p("com.fasterxml.jackson.core.type", JACKSON, "[11] S-AM"),
      p("com.fasterxml.jackson.databind", JACKSON, "[11] S-AM"),
      p("com.fasterxml.jackson.databind.annotation", JACKSON, "[11] S-AM"),
      p("com.fasterxml.jackson.databind.node", JACKSON, "[11] S-AM"),
      p("com.fasterxml.jackson.databind.module", JACKSON, "[11] jackson-databind"),
      p("com.fasterxml.jackson.databind.exc", JACKSON, "[11] jackson-databind"),
      p("com.fasterxml.jackson.databind.type", JACKSON, "[11] jackson-databind"),

      // ---- Logging and Spring [11] S-TI pom (slf4j 2.0.16, Spring 6.1.14 provided) ----
      p("org.slf4j", SLF4J, "[11] S-TI"),
      p("org.springframework.beans", SPRING, "[11] S-TI"),
      p("org.springframework.beans.factory", SPRING, "[11] S-TI"),
      p("org.springframework.beans.factory.annotation", SPRING, "[11] S-TI"),
      p("org.springframework.beans.factory.config", SPRING, "[11] S-TI"),
      p("org.springframework.context", SPRING, "[11] S-TI"),
      p("org.springframework.context.annotation", SPRING, "[11] S-C10 SpringBeansConfig"),

      // ---- Active Objects (plugin API + the AO library types entities use) ----
      a("com.atlassian.activeobjects.external", "[11] S-AM; reference §6"),
      a("com.atlassian.activeobjects.tx", "[old] AO @Transactional; reference §6 [?] in 11"),
      a("net.java.ao", "[11] S-AM (AO still used by Jira 11 plugins); reference §6"),
      a("net.java.ao.schema", "[11] S-AM; reference §6 (@Table, @StringLength, @Indexed)"),

      // ---- SAL (7.0.4 in Jira 11.3.6) [11] S-TI ----
      a("com.atlassian.sal.api", "[old] ApplicationProperties, UrlMode; reference §9"),
      a("com.atlassian.sal.api.auth", "[old] LoginUriProvider; reference §9"),
      a("com.atlassian.sal.api.lifecycle", "[old] LifecycleAware; reference §9"),
      a("com.atlassian.sal.api.message", "[11-ish] S-C10 I18nResolver; reference §9"),
      a("com.atlassian.sal.api.pluginsettings", "[11] S-AM, S-TI; reference §9"),
      a("com.atlassian.sal.api.rdbms", "[9] TransactionalExecutorFactory imported by masoudnasiri/corbitchat-jira-data-center-messenger (Jira 9.17.5, sal-api 5.0.0); the service reference is optional"),
      a("com.atlassian.sal.api.transaction", "[old] S-AM v1; reference §6/§9"),
      a("com.atlassian.sal.api.user", "[11] S-TI getRemoteUsername; reference §9"),
      a("com.atlassian.sal.api.xsrf", "[old] XsrfRequestValidator / XsrfTokenValidator; reference §7"),

      // ---- REST v2, template renderer, Velocity, web fragments ----
      a("com.atlassian.plugins.rest.api.security.annotation", "[11] S-AM, S-C10; reference §7"),
      a("com.atlassian.annotations.security", "[11] S-AM; reference §7"),
      a("com.atlassian.templaterenderer", "[11] S-TI ATR 6.3.0; reference §8"),
      a("com.atlassian.templaterenderer.annotations", "[old] ATR HtmlSafe; reference §8"),
      a("com.atlassian.velocity.htmlsafe", "[old] HtmlSafe; reference §8"),
      a("com.atlassian.plugin", "[old] PluginParseException; reference §4"),
      a("com.atlassian.plugin.web", "[old] ContextProvider, Condition; reference §4"),

      // ---- Jira API (jira-api 11.3.6) ----
      a("com.atlassian.jira.avatar", "[11] S-TI AvatarManager; reference §2"),
      a("com.atlassian.jira.bc", "[old] JiraServiceContext(Impl), parameter of SearchRequestService#getFilter"),
      a("com.atlassian.jira.bc.filter", "[old] SearchRequestService (@PublicApi since 3.13); saved filters of the portfolio"),
      a("com.atlassian.jira.bc.issue", "[old] IssueService; reference §2"),
      a("com.atlassian.jira.bc.issue.search", "[11] SearchService, Jira 11 search entry point (Migrating from Lucene to Search API)"),
      a("com.atlassian.jira.cluster", "[old] ClusterManager#getNodeId (jira-api since 6.1, DAC javadoc); node of a creation journal"),
      a("com.atlassian.jira.component", "[11] S-AM, S-TI ComponentAccessor; reference §9"),
      a("com.atlassian.jira.config", "[11] S-TI IssueTypeManager, ConstantsManager; reference §2"),
      a("com.atlassian.jira.exception", "[old] CreateException; reference §2"),
      a("com.atlassian.jira.web.bean", "[old] PagerFilter, parameter of SearchService#search"),
      a("com.atlassian.query", "[11] Query, parameter of SearchService#search (Jira Software 11.1 javadoc)"),
      a("com.atlassian.jira.icon", "[11] S-TI IconType; reference §2"),
      a("com.atlassian.jira.issue", "[11] S-AM, S-TI IssueManager, CustomFieldManager; reference §2/§3"),
      a("com.atlassian.jira.issue.search", "[10/11] SearchRequest, SearchResults<Issue>, SearchException (Jira Software 11.1 javadoc)"),
      a("com.atlassian.jira.issue.comments", "[old] CommentManager [?] in 11"),
      a("com.atlassian.jira.issue.context", "[11] S-TI ProjectContext; reference §3"),
      a("com.atlassian.jira.issue.customfields", "[11] S-TI CustomFieldSearcher; reference §3"),
      a("com.atlassian.jira.issue.customfields.impl", "[10] CalculatedCFType, AbstractCustomFieldType, "
          + "FieldValidationException (@PublicSpi; Jira Software 10.6 RankCFType extends CalculatedCFType; reference §3)"),
      a("com.atlassian.jira.issue.customfields.manager", "[old] OptionsManager (@PublicApi, jira-api 6.x-7.x copies; "
          + "ComponentAccessor.getOptionsManager in public plugins); Jira 11 [?]"),
      a("com.atlassian.jira.issue.customfields.option", "[old] Option, Options (@PublicApi, jira-api 6.x-7.x copies); "
          + "Jira 11 [?]"),
      a("com.atlassian.jira.issue.fields", "[11] S-TI CustomField; reference §3"),
      a("com.atlassian.jira.issue.status", "[old] Status, the return type of Issue#getStatus (Jira 6.3 jira-api "
          + "issue/status/Status.java, turgaycelik/mysource); the measure task's status in the risk panel"),
      a("com.atlassian.jira.issue.fields.config", "[11] S-TI FieldConfigScheme; reference §2"),
      a("com.atlassian.jira.issue.fields.config.manager", "[11] S-TI IssueTypeSchemeManager; reference §2"),
      a("com.atlassian.jira.issue.fields.layout.field", "[old] FieldLayoutItem, a parameter of "
          + "CustomFieldType#getVelocityParameters (S-J63; reference §3)"),
      a("com.atlassian.jira.issue.issuetype", "[11] S-TI IssueType; reference §2"),
      a("com.atlassian.jira.issue.link", "[11] S-TI IssueLinkTypeManager; reference §2"),
      a("com.atlassian.jira.permission", "[old] ProjectPermissions, GlobalPermissionKey; reference §9"),
      a("com.atlassian.jira.plugin.webfragment.conditions", "[11] S-TI pom import, AbstractIssueCondition; reference §4"),
      a("com.atlassian.jira.plugin.webfragment.contextproviders", "[11] S-TI AbstractJiraContextProvider; reference §4"),
      a("com.atlassian.jira.plugin.webfragment.model", "[11] S-TI JiraHelper; reference §4"),
      a("com.atlassian.jira.project", "[11] S-TI Project, ProjectManager; reference §2"),
      a("com.atlassian.jira.security", "[11] S-AM PermissionManager, JiraAuthenticationContext; reference §9"),
      a("com.atlassian.jira.security.plugin", "[11] S-AM ProjectPermissionKey; reference §9"),
      a("com.atlassian.jira.security.groups", "[old] GroupManager (jira-api security/groups/GroupManager.java, turgaycelik/mysource)"),
      a("com.atlassian.jira.security.xsrf", "[11] XsrfTokenGenerator (jira-api), alanmosely 2.x on 11.3.10; reference §11"),
      a("com.atlassian.jira.user", "[11] S-AM ApplicationUser; reference §2"),
      a("com.atlassian.jira.util", "[11] S-TI ErrorCollection; reference §2"),
      // ---- Entity engine (OfBiz): the checked exception of CustomFieldManager#createCustomField ----
      a("org.ofbiz.core.entity", "[old] GenericEntityException thrown by CustomFieldManager#createCustomField (jira-api "
          + "copies; imported and caught by public plugins, e.g. S-CD era); reference §3; Jira 11 [?]"),

      // ---- Workflow modules (OSWorkflow engine): DAC Data Center "Workflow modules" (updated Jan 2026) [10];
      //      Jira 11 export [?] (no Jira 11 plugin code seen yet) ----
      a("com.atlassian.jira.plugin.workflow", "[10] DAC workflow modules: WorkflowNoInputPluginFactory etc."),
      a("com.opensymphony.workflow", "[10] DAC workflow modules: OSWorkflow Validator, Condition, FunctionProvider"),
      a("com.opensymphony.module.propertyset", "[10] DAC workflow modules: PropertySet in validate/execute"),
      a("com.opensymphony.workflow.loader", "[11] AbstractDescriptor: atlassian-labs/atlassian-slack-integration-server "
          + "(Jira 11.0) SlackPostFunctionFactory imports it"),

      // ---- Scheduler, cluster lock, cache, events (Platform) ----
      a("com.atlassian.scheduler", "[old] S-MR SchedulerService; reference §9"),
      a("com.atlassian.scheduler.config", "[old] S-MR JobConfig, RunMode; reference §9"),
      a("com.atlassian.scheduler.status", "[old] JobDetails (SchedulerService#getJobDetails), RunOutcome: DOCS "
          + "atlassian-scheduler-api 1.6.0, public decompiled atlassian-scheduler; Jira 11 [?]"),

      // ---- Mail (atlassian-mail: Jira's mail queue) and Jira users ----
      a("com.atlassian.mail", "[old] Email: public decompiled atlassian-mail, Jira 8-10 plugin code "
          + "(new Email(to) + MailQueue); Jira 11 [?]"),
      a("com.atlassian.mail.queue", "[old] MailQueue#addItem, SingleMailQueueItem: public decompiled atlassian-mail, "
          + "Jira plugin code (@ComponentImport MailQueue); Jira 11 [?]"),
      a("com.atlassian.jira.user.util", "[old] UserManager#getUserByKey: DOCS jira/6.3.15, DAC javadoc ApplicationUsers; "
          + "Jira 11 [?]"),
      a("com.atlassian.beehive", "[old] ClusterLockService; reference §9"),
      a("com.atlassian.cache", "[old] CacheManager/CacheSettingsBuilder: public decompiled atlassian-cache-api, Jira "
          + "reference plugin CachingExample (since 6.1); Platform exports it to plugins; Jira 11 [?]"),
      a("com.atlassian.cache", "[?] Atlassian Cache (platform.md: cluster-safe shared state)"),
      a("com.atlassian.event.api", "[?] EventPublisher, @EventListener"),
      a("com.atlassian.jira.cache.request", "[10] RequestCacheFactory/RequestCache (@ExperimentalApi since 6.4.8): "
          + "DOCS software/jira/docs/api/10.2.0 RequestCache, jira/latest RequestCacheFactory; OSGi export on 11 [?]"));

  private Jira11HostPackages() {}

  private static HostPackage p(String name, String version, String source) {
    return new HostPackage(name, version, source);
  }

  private static HostPackage a(String name, String source) {
    return new HostPackage(name, UNCONFIRMED_ATLASSIAN_VERSION, source);
  }

  static Set<String> names() {
    return ALL.stream().map(HostPackage::name).collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  /** The value for {@code org.osgi.framework.system.packages.extra}, leaving out the given package names. */
  static String systemPackagesExtra(Collection<String> leaveOut) {
    List<String> clauses = new ArrayList<>();
    for (HostPackage hp : ALL) {
      if (!leaveOut.contains(hp.name())) {
        clauses.add(hp.toExportClause());
      }
    }
    return String.join(",", clauses);
  }
}
