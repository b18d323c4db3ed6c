package no.veikart.roadmap.platform.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.util.DateFieldFormat;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.gain.domain.Currency;
import no.veikart.roadmap.gain.domain.GainSearchFields;
import no.veikart.roadmap.gain.domain.GainStatus;
import no.veikart.roadmap.gain.domain.SearchValues;
import no.veikart.roadmap.initiative.domain.InitiativeRef;
import no.veikart.roadmap.sandbox.host.ServiceUnavailableException;
import no.veikart.roadmap.sandbox.jira.JiraStore;
import no.veikart.roadmap.sandbox.jira.SandboxAuthenticationContext;
import no.veikart.roadmap.sandbox.jira.SandboxCustomField;
import no.veikart.roadmap.sandbox.jira.SandboxCustomFields;
import no.veikart.roadmap.sandbox.jira.SandboxIssueService;
import no.veikart.roadmap.sandbox.jira.SandboxProjectManager;
import no.veikart.roadmap.sandbox.jira.SandboxUser;
import no.veikart.roadmap.sandbox.jira.SandboxUsers;
import no.veikart.roadmap.sandbox.jira.UserProfiles;
import org.junit.Before;
import no.veikart.roadmap.testsupport.MapConfigStore;
import org.junit.Test;

/**
 * The Jira adapters of the searchable gain fields against the sandbox's in-memory Jira: field creation with system
 * types and searchers once per Jira, ids kept (never names), project contexts, the English status options, and
 * writes through IssueService in the acting user's number and date formats.
 */
public class JiraSearchFieldsTest {
    private JiraStore store;
    private SandboxAuthenticationContext auth;
    private UserProfiles profiles;
    private SandboxCustomFields customFields;
    private MapConfigStore config;
    private JiraSearchFieldSetup setup;
    private Project demo;
    private Project helse;
    private final SandboxUsers users = new SandboxUsers();

    @Before
    public void jira() throws Exception {
        Path home = Files.createTempDirectory("roadmap-searchfields");
        store = JiraStore.open(home);
        profiles = new UserProfiles(store);
        auth = new SandboxAuthenticationContext(profiles);
        customFields = new SandboxCustomFields(store, auth);
        config = new MapConfigStore();
        setup = new JiraSearchFieldSetup(customFields.manager(), customFields.schemes(), customFields.options(), config,
                (locale, key, args) -> locale.getLanguage() + ":" + key);
        SandboxProjectManager projects = new SandboxProjectManager(store);
        demo = projects.getProjectObjByKey("DEMO");
        helse = projects.getProjectObjByKey("HELSE");
    }

    @Test
    public void fieldsAreCreatedOnceWithSystemTypesAndSearchersAndEveryProjectInTheirContext() {
        JiraSearchFieldSetup.Result first = setup.ensure(Locale.forLanguageTag("nb"), demo);
        assertEquals(4, first.created());
        assertEquals(List.of("nb:roadmap.gain.searchfield.realisedPercent.name", "nb:roadmap.gain.searchfield.status.name",
                "nb:roadmap.gain.searchfield.nextFollowUp.name", "nb:roadmap.gain.searchfield.realisedValue.name"), first.names());
        JiraSearchFieldSetup.Ids ids = setup.ids().orElseThrow();
        SandboxCustomField percent = field(ids.field(JiraSearchFieldSetup.Field.REALISED_PERCENT));
        assertEquals("com.atlassian.jira.plugin.system.customfieldtypes:float", percent.getTypeKey());
        assertEquals("com.atlassian.jira.plugin.system.customfieldtypes:numberrange", percent.getSearcherKey());
        SandboxCustomField status = field(ids.field(JiraSearchFieldSetup.Field.STATUS));
        assertEquals("com.atlassian.jira.plugin.system.customfieldtypes:select", status.getTypeKey());
        assertEquals("com.atlassian.jira.plugin.system.customfieldtypes:multiselectsearcher", status.getSearcherKey());
        SandboxCustomField next = field(ids.field(JiraSearchFieldSetup.Field.NEXT_FOLLOW_UP));
        assertEquals("com.atlassian.jira.plugin.system.customfieldtypes:daterange", next.getSearcherKey());
        assertEquals(List.of(demo.getId()), percent.getConfigurationSchemes().get(0).getAssociatedProjectIds());

        // The option values are what JQL matches: English, whoever sets up.
        List<String> values = customFields.options().getOptions(status.getConfigurationSchemes().get(0).getOneAndOnlyConfig())
                .stream().map(o -> o.getValue()).toList();
        assertEquals(List.of("Not started", "On track", "At risk", "Realised"), values);
        assertEquals(JiraSearchFieldSetup.STATUS_VALUES.get(GainStatus.AT_RISK),
                customFields.options().findByOptionId(ids.option(GainStatus.AT_RISK)).getValue());

        JiraSearchFieldSetup.Result again = setup.ensure(Locale.ENGLISH, demo);
        assertEquals(0, again.created());
        assertEquals(first.names(), again.names());
        JiraSearchFieldSetup.Result second = setup.ensure(Locale.ENGLISH, helse);
        assertEquals(0, second.created());
        assertEquals(List.of(demo.getId(), helse.getId()),
                field(ids.field(JiraSearchFieldSetup.Field.REALISED_VALUE)).getConfigurationSchemes().get(0).getAssociatedProjectIds());
        assertEquals(4, customFields.manager().all().size());
        assertEquals(4, customFields.options().getOptions(status.getConfigurationSchemes().get(0).getOneAndOnlyConfig()).size());
    }

    @Test
    public void fieldsAreFoundByTheirStoredIdsNeverByName() {
        setup.ensure(Locale.ENGLISH, demo);
        long percentId = setup.ids().orElseThrow().field(JiraSearchFieldSetup.Field.REALISED_PERCENT);
        // A stored id that no longer exists (an administrator deleted the field): it is created again and replaced.
        config.values.put("searchfield.REALISED_PERCENT", "999999");
        JiraSearchFieldSetup.Result result = setup.ensure(Locale.ENGLISH, demo);
        assertEquals(1, result.created());
        long recreated = setup.ids().orElseThrow().field(JiraSearchFieldSetup.Field.REALISED_PERCENT);
        assertTrue(recreated != percentId && recreated != 999999);
        assertEquals(5, customFields.manager().all().size());
    }

    /** With the search fields set up in DEMO: an issue there created by member, whose profile language is Danish. */
    private long issueOfDanishMember(SandboxIssueService issues, String summary) {
        setup.ensure(Locale.ENGLISH, demo);
        SandboxUser member = users.byName("member").orElseThrow();
        profiles.setLanguage(member, "da");
        return auth.runAs(member, () -> {
            IssueInputParameters create = issues.newIssueInputParameters().setProjectId(demo.getId()).setIssueTypeId("10001")
                    .setSummary(summary);
            return issues.create(member, issues.validateCreate(member, create)).getIssue().getId();
        });
    }

    @Test
    public void valuesAreWrittenThroughIssueServiceInTheUsersFormats() {
        SandboxUser member = users.byName("member").orElseThrow();
        SandboxIssueService issues = new SandboxIssueService(store, users, Clock.systemUTC(), customFields);
        long issueId = issueOfDanishMember(issues, "Digital hjemmetræning");
        JiraGainSearchFields fields = new JiraGainSearchFields(issues, setup, new JiraUsers(auth), auth,
                customFields.dates(), ZoneId.systemDefault());
        Actor actor = new Actor("member", "member", "Martin Medlem", Locale.forLanguageTag("da"));
        InitiativeRef ref = new InitiativeRef(1, issueId, "DEMO-1", "DEMO", List.of(), "ANCHORING");

        auth.runAs(member, () -> {
            fields.publish(actor, ref, new SearchValues(new BigDecimal("74.1"), GainStatus.AT_RISK, LocalDate.of(2022, 1, 31),
                    new BigDecimal("-750000.25"), Currency.DKK));
            return null;
        });
        Map<String, String> shown = shown(issueId);
        assertEquals("74.1", shown.get("en:roadmap.gain.searchfield.realisedPercent.name"));
        assertEquals("At risk", shown.get("en:roadmap.gain.searchfield.status.name"));
        assertEquals("2022-01-31", shown.get("en:roadmap.gain.searchfield.nextFollowUp.name"));
        assertEquals("-750000.25", shown.get("en:roadmap.gain.searchfield.realisedValue.name"));

        auth.runAs(member, () -> {
            fields.publish(actor, ref, SearchValues.EMPTY);
            return null;
        });
        assertTrue("empty values clear the fields", shown(issueId).isEmpty());

        // Someone who may not edit the initiative: Jira refuses, and the adapter says so.
        SandboxUser viewer = users.byName("viewer").orElseThrow();
        Actor viewing = new Actor("viewer", "viewer", "Vera Visning", Locale.ENGLISH);
        GainSearchFields.PublishException refused = assertThrows(GainSearchFields.PublishException.class,
                () -> auth.runAs(viewer, () -> {
                    fields.publish(viewing, ref, SearchValues.EMPTY);
                    return null;
                }));
        assertEquals(GainSearchFields.Reason.REJECTED, refused.reason());
        assertFalse(refused.getMessage().contains("viewer"));
    }

    /** Jira offers no DateFieldFormat (optional reference): the date goes in Jira's default picker format, in Danish. */
    @Test
    public void withoutDateFieldFormatTheDateIsWrittenInJirasDefaultPickerFormat() {
        SandboxUser member = users.byName("member").orElseThrow();
        SandboxIssueService issues = new SandboxIssueService(store, users, Clock.systemUTC(), customFields);
        long issueId = issueOfDanishMember(issues, "Velfærd");
        DateFieldFormat unavailable = date -> {
            throw new ServiceUnavailableException("service matching filter=[(objectClass=DateFieldFormat)] unavailable");
        };
        JiraGainSearchFields fields = new JiraGainSearchFields(issues, setup, new JiraUsers(auth), auth, unavailable,
                ZoneId.systemDefault());
        InitiativeRef ref = new InitiativeRef(1, issueId, "DEMO-1", "DEMO", List.of(), "ANCHORING");

        auth.runAs(member, () -> {
            fields.publish(new Actor("member", "member", "Martin Medlem", Locale.forLanguageTag("da")), ref,
                    new SearchValues(null, null, LocalDate.of(2022, 1, 31), null, null));
            return null;
        });
        assertEquals("2022-01-31", shown(issueId).get("en:roadmap.gain.searchfield.nextFollowUp.name"));
    }

    @Test
    public void withoutFieldsPublishingSaysNotSetUp() {
        JiraGainSearchFields fields = new JiraGainSearchFields(new SandboxIssueService(store, users, Clock.systemUTC(),
                customFields), setup, new JiraUsers(auth), auth, customFields.dates(), ZoneId.systemDefault());
        GainSearchFields.PublishException e = assertThrows(GainSearchFields.PublishException.class, () -> fields.publish(
                new Actor("member", "member", null, Locale.ENGLISH), new InitiativeRef(1, 1, "DEMO-1", "DEMO", List.of(), null),
                SearchValues.EMPTY));
        assertEquals(GainSearchFields.Reason.NOT_SET_UP, e.reason());
    }

    @Test
    public void numbersAreWrittenAsJirasDoubleConverterReadsThem() {
        assertEquals("74.1", JiraGainSearchFields.number(new BigDecimal("74.1"), Locale.ENGLISH));
        assertEquals("74,1", JiraGainSearchFields.number(new BigDecimal("74.1"), Locale.forLanguageTag("da")));
        assertEquals("1050000,25", JiraGainSearchFields.number(new BigDecimal("1050000.25"), Locale.forLanguageTag("nb")));
        assertEquals("-0,5", JiraGainSearchFields.number(new BigDecimal("-0.50"), Locale.forLanguageTag("da")));
        assertEquals("1050000", JiraGainSearchFields.number(new BigDecimal("1050000"), Locale.ENGLISH));
        assertEquals("", JiraGainSearchFields.number(null, Locale.ENGLISH));
    }

    private SandboxCustomField field(long id) {
        return (SandboxCustomField) customFields.manager().getCustomFieldObject(id);
    }

    private Map<String, String> shown(long issueId) {
        Map<String, String> shown = new HashMap<>();
        customFields.values(issueId).forEach(v -> shown.put(v.name(), v.value()));
        return shown;
    }
}
