package no.veikart.roadmap.gain.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.fields.CustomField;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.veikart.roadmap.common.domain.AccessControl;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.RequestScope;
import no.veikart.roadmap.common.domain.UserNames;
import no.veikart.roadmap.gain.domain.GainDraft;
import no.veikart.roadmap.gain.domain.GainSearchSync;
import no.veikart.roadmap.gain.domain.GainService;
import no.veikart.roadmap.gain.domain.GainStatus;
import no.veikart.roadmap.gain.domain.GainsFieldValue;
import no.veikart.roadmap.gain.domain.InMemoryGains;
import no.veikart.roadmap.gain.domain.MeasurementDraft;
import no.veikart.roadmap.gain.view.GainViews;
import no.veikart.roadmap.platform.cache.JiraRequestScope;
import no.veikart.roadmap.platform.i18n.BundleTexts;
import no.veikart.roadmap.platform.jira.JiraUsers;
import no.veikart.roadmap.platform.web.TemplateTexts;
import no.veikart.roadmap.initiative.domain.InitiativeLookup;
import no.veikart.roadmap.initiative.domain.InitiativeRef;
import no.veikart.roadmap.sandbox.cache.SandboxRequestCacheFactory;
import org.junit.Before;
import org.junit.Test;
import no.veikart.roadmap.gain.view.GainFieldSummaryView;

/**
 * The calculated "Gains" field type over a real gain service with gains in memory: its value is read from the gains of
 * the initiative issue (by the rules of the searchable fields), its text form reads back, and its velocity parameters
 * give members the editable view model, viewers a read-only one, and other issues or anonymous readers nothing.
 */
public class GainsCustomFieldTypeTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2022-01-10T08:00:00Z"), ZoneOffset.UTC);
    private static final Actor MEMBER = new Actor("member", "member", "Martin Medlem", Locale.ENGLISH);
    private static final Actor VIEWER = new Actor("viewer", "viewer", "Vera Viewer", Locale.forLanguageTag("nb"));
    private static final InitiativeRef DEMO_1 = new InitiativeRef(1, 1001, "DEMO-1", "DEMO", List.of("ANCHORING"), "ANCHORING");
    private static final GainDraft CARE_HOURS = new GainDraft("TIME", "Færre plejetimer", null, "HOURS", null,
            new GainDraft.Point("15000", "2021-01-01"), new GainDraft.Point("13650", "2021-12-31"), null, null, "MONTHLY");
    private static final GainDraft SELF_RELIANT = new GainDraft("QUALITY", "Flere selvhjulpne", null, "COUNT", null,
            new GainDraft.Point("10", "2021-06-01"), new GainDraft.Point("50", "2023-12-31"), null, null, "QUARTERLY");

    private final InMemoryGains store = new InMemoryGains();
    private final InitiativeLookup lookup = mock(InitiativeLookup.class);
    private final AccessControl access = mock(AccessControl.class);
    private final JiraUsers users = mock(JiraUsers.class);
    private final CustomField field = mock(CustomField.class);
    private GainService gains;
    private GainsCustomFieldType type;

    @Before
    public void wire() {
        when(lookup.find(any(), eq("DEMO-1"))).thenReturn(Optional.of(DEMO_1));
        // A phase issue of DEMO-1: the lookup answers with its initiative.
        when(lookup.find(any(), eq("DEMO-2"))).thenReturn(Optional.of(DEMO_1));
        when(lookup.find(any(), eq("DEMO-99"))).thenReturn(Optional.empty());
        when(access.canBrowseIssue(any(), anyLong())).thenReturn(true);
        when(access.canEditIssue(eq(MEMBER), anyLong())).thenReturn(true);
        when(field.getIdAsLong()).thenReturn(10104L);
        gains = new GainService(store.repository(), lookup, access, CLOCK, mock(GainSearchSync.class), event -> { },
                no.veikart.roadmap.initiative.domain.DataChanges.NONE, new no.veikart.roadmap.gain.domain.GainCalculator());
        UserNames names = key -> "member".equals(key) ? "Martin Medlem" : null;
        type = new GainsCustomFieldType(new GainOverviews(gains, RequestScope.NONE), new GainViews(new BundleTexts(), names,
                new no.veikart.roadmap.gain.domain.GainCalculator()), users, new BundleTexts());
        when(users.currentActor()).thenReturn(MEMBER);
    }

    @Test
    public void theValueIsReadFromTheGainsOfTheInitiative() {
        assertEquals("an initiative without gains still has the field, for adding one",
                new GainsFieldValue(0, null, null, null, false), type.getValueFromIssue(field, issue(1001, "DEMO-1")));

        long care = gains.create(MEMBER, "DEMO-1", CARE_HOURS).gain().id();
        gains.addMeasurement(MEMBER, "DEMO-1", care, new MeasurementDraft("14000", "2021-12-31", null));
        gains.create(MEMBER, "DEMO-1", SELF_RELIANT);
        GainsFieldValue value = type.getValueFromIssue(field, issue(1001, "DEMO-1"));
        // 74.1 % and 0 % (not measured): mean 37.1 %; one gain is past its target date below plan: at risk. The next
        // measurements: 2022-01-31 (monthly after 2021-12-31) and 2021-09-01 (quarterly after the baseline), overdue.
        assertEquals(new GainsFieldValue(2, new BigDecimal("37.1"), GainStatus.AT_RISK, LocalDate.of(2021, 9, 1), true), value);
        assertEquals("the field and the JQL fields agree", GainsFieldValue.of(gains.overview(MEMBER, "DEMO-1")), value);
    }

    @Test
    public void otherIssuesAndReadersWhoMayNotSeeTheInitiativeGetNoValue() {
        gains.create(MEMBER, "DEMO-1", CARE_HOURS);
        assertNull("a phase issue shows its initiative's gains in the panel, not in the field",
                type.getValueFromIssue(field, issue(1002, "DEMO-2")));
        assertNull("not a roadmap issue", type.getValueFromIssue(field, issue(1099, "DEMO-99")));
        assertNull(type.getValueFromIssue(field, null));
        when(access.canBrowseIssue(eq(MEMBER), eq(1001L))).thenReturn(false);
        assertNull("hidden initiative", type.getValueFromIssue(field, issue(1001, "DEMO-1")));
        when(users.currentActor()).thenReturn(null);
        assertNull("anonymous", type.getValueFromIssue(field, issue(1001, "DEMO-1")));
    }

    @Test
    public void theTextFormReadsBack() {
        for (GainsFieldValue v : List.of(new GainsFieldValue(0, null, null, null, false),
                new GainsFieldValue(3, new BigDecimal("62.5"), GainStatus.ON_TRACK, LocalDate.of(2026, 3, 1), false),
                new GainsFieldValue(1, new BigDecimal("0"), GainStatus.NOT_STARTED, LocalDate.of(2021, 2, 1), true))) {
            assertEquals(v, type.getSingularObjectFromString(type.getStringFromSingularObject(v)));
        }
        assertEquals("gains=2;realised=37.1;status=AT_RISK;nextDue=2021-09-01;overdue=true",
                type.getStringFromSingularObject(new GainsFieldValue(2, new BigDecimal("37.1"), GainStatus.AT_RISK,
                        LocalDate.of(2021, 9, 1), true)));
        assertNull(type.getStringFromSingularObject(null));
        assertNull(type.getSingularObjectFromString(" "));
        for (String bad : List.of("3 gains", "gains=x", "gains=1", "gains=0;status=AT_RISK", "gains=-1",
                "gains=1;realised=5;status=FINE;nextDue=2021-01-01;overdue=false",
                "gains=1;realised=5;status=ON_TRACK;nextDue=2021-13-01;overdue=false",
                "gains=1;realised=5;status=ON_TRACK;nextDue=2021-01-01;overdue=maybe",
                "gains=1;realised=5;status=ON_TRACK;nextDue=2021-01-01;overdue=false;colour=red")) {
            assertThrows(bad, FieldValidationException.class, () -> type.getSingularObjectFromString(bad));
        }
    }

    @Test
    public void membersAndViewersGetTheSummaryLineOnlyInTheirLanguage() {
        long care = gains.create(MEMBER, "DEMO-1", CARE_HOURS).gain().id();
        gains.addMeasurement(MEMBER, "DEMO-1", care, new MeasurementDraft("14000", "2021-12-31", null));

        Map<String, Object> member = type.getVelocityParameters(issue(1001, "DEMO-1"), field, null);
        assertFalse("the cards are the panel's, not shown twice", member.containsKey("gains"));
        GainFieldSummaryView summary = (GainFieldSummaryView) member.get("summary");
        assertEquals("1 gain", summary.gainsDisplay());
        assertEquals("74.1%", summary.realisedPercentDisplay());
        assertEquals("At risk", summary.statusName());
        assertEquals("Jan 31, 2022", summary.nextDueDisplay());
        assertFalse(summary.overdue());
        assertEquals("roadmap-gainfield-10104", member.get("gainFieldId"));
        assertEquals("en", ((TemplateTexts) member.get("i18n")).getLanguage());

        when(users.currentActor()).thenReturn(VIEWER);
        Map<String, Object> viewer = type.getVelocityParameters(issue(1001, "DEMO-1"), field, null);
        GainFieldSummaryView nb = (GainFieldSummaryView) viewer.get("summary");
        assertEquals("1 gevinst", nb.gainsDisplay());
        assertEquals("74,1 %", nb.realisedPercentDisplay());
        assertEquals("nb", ((TemplateTexts) viewer.get("i18n")).getLanguage());
    }

    @Test
    public void theValueAndTheTemplateOfOneRequestReadTheGainsOnce() {
        gains.create(MEMBER, "DEMO-1", CARE_HOURS);
        SandboxRequestCacheFactory caches = new SandboxRequestCacheFactory();
        GainService counted = spy(gains);
        GainOverviews overviews = new GainOverviews(counted, new JiraRequestScope(caches));
        GainsCustomFieldType shared = new GainsCustomFieldType(overviews, new GainViews(new BundleTexts(), key -> null,
                new no.veikart.roadmap.gain.domain.GainCalculator()), users, new BundleTexts());
        caches.inRequest(() -> {
            // the gains panel renders first on the page, then the field's value and template
            assertEquals(1, overviews.overview(MEMBER, "DEMO-1").gains().size());
            shared.getValueFromIssue(field, issue(1001, "DEMO-1"));
            shared.getVelocityParameters(issue(1001, "DEMO-1"), field, null);
            assertTrue("a phase issue's field shows nothing", overviews.ofInitiativeIssue(MEMBER, "DEMO-2", 1002L).isEmpty());
        });
        verify(counted, times(1)).overview(any(), any(String.class));
        shared.getValueFromIssue(field, issue(1001, "DEMO-1"));
        verify(counted, times(2)).overview(any(), eq("DEMO-1"));
    }

    @Test
    public void otherIssuesAndAnonymousReadersGetNothingToRender() {
        gains.create(MEMBER, "DEMO-1", CARE_HOURS);
        Map<String, Object> phase = type.getVelocityParameters(issue(1002, "DEMO-2"), field, null);
        assertEquals("only the texts: the templates render nothing", List.of("i18n"), List.copyOf(phase.keySet()));
        assertFalse(type.getVelocityParameters(null, field, null).containsKey("summary"));
        when(users.currentActor()).thenReturn(null);
        assertEquals(Map.of(), type.getVelocityParameters(issue(1001, "DEMO-1"), field, null));
    }

    private static Issue issue(long id, String key) {
        Issue issue = mock(Issue.class);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn(key);
        return issue;
    }
}
