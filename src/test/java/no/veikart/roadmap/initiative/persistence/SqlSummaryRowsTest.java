package no.veikart.roadmap.initiative.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import no.veikart.roadmap.initiative.domain.InitiativeSummary;
import no.veikart.roadmap.initiative.domain.InitiativeSummaryReader;
import org.junit.Test;

/** Without SAL's executor (an optional reference Jira may leave empty) the rows come through Active Objects. */
public class SqlSummaryRowsTest {
    /** Named like Gemini Blueprint's exception, as OptionalServices recognises it. */
    static final class ServiceUnavailableException extends RuntimeException {
    }

    private static final InitiativeSummary ROW = InitiativeSummary.empty(7).withInitiative(70, "DEMO-7", "DEMO", "S",
            "INSIGHT", "ACTIVE");

    private final AtomicInteger fallbackReads = new AtomicInteger();
    private final InitiativeSummaryReader viaActiveObjects = new InitiativeSummaryReader() {
        @Override
        public void inProjects(Collection<String> projectKeys, Consumer<InitiativeSummary> sink) {
            fallbackReads.incrementAndGet();
            sink.accept(ROW);
        }

        @Override
        public void ofIssues(Collection<Long> issueIds, Consumer<InitiativeSummary> sink) {
            fallbackReads.incrementAndGet();
            sink.accept(ROW);
        }
    };

    private static TransactionalExecutorFactory failing(RuntimeException failure, AtomicInteger calls) {
        return (readOnly, requiresNew) -> {
            calls.incrementAndGet();
            throw failure;
        };
    }

    @Test
    public void withoutTheServiceTheRowsComeThroughActiveObjectsAndTheExecutorIsNotAskedAgain() {
        AtomicInteger asked = new AtomicInteger();
        SqlSummaryRows rows = new SqlSummaryRows(failing(new ServiceUnavailableException(), asked), viaActiveObjects);
        List<InitiativeSummary> seen = new ArrayList<>();
        rows.inProjects(List.of("DEMO"), seen::add);
        rows.ofIssues(List.of(70L), seen::add);
        assertEquals(List.of(ROW, ROW), seen);
        assertEquals(2, fallbackReads.get());
        assertEquals("asked once, then remembered as missing", 1, asked.get());
    }

    @Test
    public void otherFailuresAreNotHidden() {
        SqlSummaryRows rows = new SqlSummaryRows(failing(new IllegalStateException("database down"),
                new AtomicInteger()), viaActiveObjects);
        assertThrows(IllegalStateException.class, () -> rows.inProjects(List.of("DEMO"), r -> { }));
        assertEquals(0, fallbackReads.get());
    }

    @Test
    public void nothingAskedNothingRead() {
        AtomicInteger asked = new AtomicInteger();
        new SqlSummaryRows(failing(new IllegalStateException(), asked), viaActiveObjects).ofIssues(List.of(), r -> { });
        assertEquals(0, asked.get() + fallbackReads.get());
    }

}
