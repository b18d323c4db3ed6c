package no.veikart.roadmap.implementation.integration;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.veikart.roadmap.common.domain.AccessControl;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.AdminSettingsGroup;
import no.veikart.roadmap.common.domain.AuditEvent;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.implementation.domain.ImplementationSettings;
import no.veikart.roadmap.testsupport.MapConfigStore;
import org.junit.Test;

public class ConfigImplementationSettingsTest {
    private static final Actor ADMIN = new Actor("admin", "admin", "Ada", Locale.ENGLISH);
    private static final Actor MEMBER = new Actor("member", "member", "Mette", Locale.ENGLISH);

    private final MapConfigStore config = new MapConfigStore();
    private final List<AuditEvent> audit = new ArrayList<>();
    private final ConfigImplementationSettings settings;

    public ConfigImplementationSettingsTest() {
        AccessControl access = mock(AccessControl.class);
        when(access.isJiraAdmin(ADMIN)).thenReturn(true);
        settings = new ConfigImplementationSettings(config, access, audit::add);
    }

    private static Map<String, String> form(String days, String target, String months, String weeks) {
        Map<String, String> form = new HashMap<>();
        form.put("newStaffDays", days);
        form.put("trainingTargetPercent", target);
        form.put("followUpMonths", months);
        form.put("monitoringWeeks", weeks);
        return form;
    }

    @Test
    public void defaultsUntilAnAdministratorSavesThenTheSavedValuesEverywhere() {
        assertEquals(ImplementationSettings.DEFAULTS, settings.settings());
        assertEquals(List.of(30, 90, 3, 6), settings.fields().stream().map(AdminSettingsGroup.Setting::value).toList());
        settings.save(ADMIN, form("14", " 80 ", "2", "8"));
        assertEquals(new ImplementationSettings(80, 2, 14, 8), settings.settings());
        assertEquals("14", config.values.get("implementation.newStaffDays"));
        settings.save(ADMIN, form("21", "80", "2", "8"));
        assertEquals(21, settings.settings().newStaffDays());
        assertEquals(2, audit.size());
        assertEquals("implementation.settings", audit.get(1).action());
        assertEquals("admin", audit.get(1).userKey());
        assertEquals("21", audit.get(1).details().get("newStaffDays"));
    }

    @Test
    public void everyWrongFieldIsNamedAndNothingIsStored() {
        RoadmapException.Invalid e = assertThrows(RoadmapException.Invalid.class,
                () -> settings.save(ADMIN, form("0", "", "two", "27")));
        assertEquals(List.of("newStaffDays", "trainingTargetPercent", "followUpMonths", "monitoringWeeks"),
                e.errors().stream().map(FieldError::field).toList());
        assertEquals(List.of("roadmap.error.outOfRange", "roadmap.error.required", "roadmap.error.notAWholeNumber",
                "roadmap.error.outOfRange"), e.errors().stream().map(FieldError::key).toList());
        assertEquals(List.of("roadmap.implementation.settings.newStaffDays", 1, 365), e.errors().get(0).args());
        assertTrue(config.values.isEmpty());
        assertTrue(audit.isEmpty());
    }

    @Test
    public void onlyJiraAdministratorsSave() {
        assertThrows(RoadmapException.Forbidden.class, () -> settings.save(MEMBER, form("14", "80", "2", "8")));
        assertTrue(config.values.isEmpty());
    }

    @Test
    public void aValueStoredOutOfRangeOrUnreadableFallsBackToItsDefault() {
        config.values.put("implementation.trainingTargetPercent", "180");
        config.values.put("implementation.followUpMonths", "x");
        config.values.put("implementation.newStaffDays", "45");
        assertEquals(new ImplementationSettings(90, 3, 45, 6), settings.settings());
    }
}
