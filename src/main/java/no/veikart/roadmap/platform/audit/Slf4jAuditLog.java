package no.veikart.roadmap.platform.audit;

import java.util.Map;
import no.veikart.roadmap.common.domain.AuditEvent;
import no.veikart.roadmap.common.domain.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Audit lines through SLF4J to the logger {@value #LOGGER}, one line per event as {@code key=value} tokens, e.g.
 * {@code action=stakeholder.delete user=JIRAUSER10100 entity=stakeholder id=12 issue=DEMO-1 version=3}. Jira's log
 * configuration decides where they go (an own appender or file is one log4j entry). Values are tokens only: anything
 * but letters, digits and {@code . _ - : @} becomes {@code _}, so a value cannot forge another field or line.
 */
public class Slf4jAuditLog implements AuditLog {
    public static final String LOGGER = "no.veikart.roadmap.audit";

    private final Logger log;

    public Slf4jAuditLog() {
        this(LoggerFactory.getLogger(LOGGER));
    }

    Slf4jAuditLog(Logger log) {
        this.log = log;
    }

    @Override
    public void record(AuditEvent event) {
        if (log.isInfoEnabled()) {
            log.info(line(event));
        }
    }

    static String line(AuditEvent e) {
        StringBuilder line = new StringBuilder("action=").append(token(e.action()));
        line.append(" user=").append(e.userKey() == null ? "anonymous" : token(e.userKey()));
        append(line, "entity", e.entityType());
        append(line, "id", e.entityId() == null ? null : String.valueOf(e.entityId()));
        append(line, "issue", e.issueKey());
        for (Map.Entry<String, String> detail : e.details().entrySet()) {
            append(line, token(detail.getKey()), detail.getValue());
        }
        return line.toString();
    }

    private static void append(StringBuilder line, String key, String value) {
        if (value != null) {
            line.append(' ').append(key).append('=').append(token(value));
        }
    }

    static String token(String value) {
        StringBuilder out = new StringBuilder(Math.min(value.length(), 200));
        for (int i = 0; i < value.length() && i < 200; i++) {
            char c = value.charAt(i);
            boolean plain = c < 128 && (Character.isLetterOrDigit(c) || ".-_:@".indexOf(c) >= 0);
            out.append(plain ? c : '_');
        }
        return out.length() == 0 ? "_" : out.toString();
    }
}
