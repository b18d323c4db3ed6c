package no.veikart.roadmap.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.veikart.roadmap.sandbox.host.AoBootstrap;
import org.junit.Test;

/** The host's upgrade manager against Atlassian's rules, with fake tasks and an in-memory version store. */
public class AoBootstrapTest {

    private static final String NS = "no.veikart.service-innovation-roadmap";

    private final List<String> log = new ArrayList<>();
    private final Map<String, Integer> stored = new HashMap<>();
    private boolean inTransaction;
    private final ActiveObjects ao = mock(ActiveObjects.class);

    private final AoBootstrap.ModelVersions versions = new AoBootstrap.ModelVersions() {
        @Override
        public int get(String namespace) {
            return stored.getOrDefault(namespace, 0);
        }

        @Override
        public void set(String namespace, int version) {
            assertTrue("the version is stored in the task's transaction", inTransaction);
            stored.put(namespace, version);
            log.add("stored " + version);
        }
    };

    public AoBootstrapTest() {
        when(ao.executeInTransaction(any())).thenAnswer(call -> {
            inTransaction = true;
            try {
                return call.<TransactionCallback<?>>getArgument(0).doInTransaction();
            } finally {
                inTransaction = false;
            }
        });
    }

    private ActiveObjectsUpgradeTask task(int version, boolean fails) {
        return new ActiveObjectsUpgradeTask() {
            @Override
            public ModelVersion getModelVersion() {
                return ModelVersion.valueOf(String.valueOf(version));
            }

            @Override
            public void upgrade(ModelVersion currentVersion, ActiveObjects activeObjects) {
                assertTrue(inTransaction);
                log.add("task " + version + " from " + currentVersion);
                if (fails) {
                    throw new IllegalStateException("disk full");
                }
            }
        };
    }

    @Test
    public void newerTasksRunInVersionOrderEachFromThePreviousVersion() {
        stored.put(NS, 2);

        ModelVersion reached = AoBootstrap.upgrade(NS, List.of(task(5, false), task(2, false), task(3, false), task(1, false)),
                ao, versions);

        assertEquals("5", reached.toString());
        assertEquals(List.of("task 3 from 2", "stored 3", "task 5 from 3", "stored 5"), log);
        log.clear();
        assertEquals("5", AoBootstrap.upgrade(NS, List.of(task(5, false), task(3, false)), ao, versions).toString());
        assertEquals(List.of(), log);
    }

    @Test
    public void aFreshInstallRunsEveryTask() {
        assertEquals("2", AoBootstrap.upgrade(NS, List.of(task(2, false)), ao, versions).toString());
        assertEquals(List.of("task 2 from 0", "stored 2"), log);
    }

    @Test
    public void aFailingTaskStopsTheUpgradeAndRunsAgainNextTime() {
        stored.put(NS, 1);

        assertEquals("2", AoBootstrap.upgrade(NS, List.of(task(2, false), task(3, true), task(4, false)), ao, versions)
                .toString());
        assertEquals(2, versions.get(NS));
        assertEquals(List.of("task 2 from 1", "stored 2", "task 3 from 2"), log);
        log.clear();

        assertEquals("4", AoBootstrap.upgrade(NS, List.of(task(2, false), task(3, false), task(4, false)), ao, versions)
                .toString());
        assertEquals(List.of("task 3 from 2", "stored 3", "task 4 from 3", "stored 4"), log);
    }

    @Test
    public void twoTasksWithOneVersionAreRefusedBeforeAnythingRuns() {
        assertThrows(IllegalStateException.class,
                () -> AoBootstrap.upgrade(NS, List.of(task(2, false), task(3, false), task(2, false)), ao, versions));
        assertEquals(List.of(), log);
        assertEquals(0, versions.get(NS));
    }
}
