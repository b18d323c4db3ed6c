package no.veikart.roadmap.platform.audit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.AuditEvent;
import org.junit.Test;
import org.slf4j.LoggerFactory;

public class Slf4jAuditLogTest {
    private static final Actor MEMBER = new Actor("JIRAUSER10100", "member", "Mette Member", Locale.ENGLISH);

    @Test
    public void aLineIsKeyValueTokensWithWhoAndWhat() {
        AuditEvent event = AuditEvent.of("gate.override", MEMBER, "initiative", 12L, "DEMO-1").with("from", "ANCHORING")
                .with("to", "INSIGHT").with("openSteps", 3);

        assertEquals("action=gate.override user=JIRAUSER10100 entity=initiative id=12 issue=DEMO-1 from=ANCHORING to=INSIGHT openSteps=3",
                Slf4jAuditLog.line(event));
        assertEquals("action=permission.refused user=anonymous permission=EDIT_ISSUES",
                Slf4jAuditLog.line(new AuditEvent("permission.refused", null, null, null, null, Map.of("permission", "EDIT_ISSUES"))));
    }

    @Test
    public void aValueCannotForgeAFieldOrALine() {
        String line = Slf4jAuditLog.line(AuditEvent.of("stakeholder.delete", MEMBER, "stakeholder", 5L,
                "DEMO-1\nINFO audit - action=stakeholder.erase user=admin"));

        assertFalse(line.contains("\n"));
        assertEquals(1, line.split("action=", -1).length - 1);
        assertTrue(line, line.endsWith("issue=DEMO-1_INFO_audit_-_action_stakeholder.erase_user_admin"));
        assertEquals("_", Slf4jAuditLog.token(""));
        assertEquals("_rf___", Slf4jAuditLog.token("Ørf ø="));
    }

    /** Through the test classpath's SLF4J binding (slf4j-simple, which writes to System.err): the line as written. */
    @Test
    public void linesGoToTheAuditLoggerThroughSlf4j() {
        assertEquals("org.slf4j.simple.SimpleLoggerFactory", LoggerFactory.getILoggerFactory().getClass().getName());
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            new Slf4jAuditLog().record(AuditEvent.of("stakeholder.erase", MEMBER, "stakeholder", 5L, "DEMO-1").with("version", 4));
        } finally {
            System.setErr(original);
        }
        List<String> lines = captured.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(1, lines.size());
        assertTrue(lines.get(0), lines.get(0).endsWith(
                "INFO audit - action=stakeholder.erase user=JIRAUSER10100 entity=stakeholder id=5 issue=DEMO-1 version=4"));
        assertFalse(lines.get(0).contains("Mette"));
    }
}
