package no.veikart.roadmap.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.scheduler.config.RunMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import no.veikart.roadmap.sandbox.ao.EntityManagerActiveObjects;
import no.veikart.roadmap.sandbox.ao.ModelVersionTable;
import no.veikart.roadmap.sandbox.scheduler.SandboxSchedulerService;
import no.veikart.roadmap.testsupport.LatestMeasurementColumns;
import org.junit.Test;

/**
 * What the host does when the plugin starts, as Jira would: Active Objects upgrade tasks run up to the latest model
 * version (stored, so a restart runs none), and the plugin's scheduled jobs are all once per cluster. The demo data is
 * written through the plugin's services, so the gains' denormalised latest measurements must agree with the
 * measurement table afterwards.
 */
public class PluginStartIT {

    private static final String NAMESPACE = "no.veikart.service-innovation-roadmap";

    @Test
    public void upgradesRunOnceAndJobsRunOncePerCluster() throws Exception {
        Path home = Files.createTempDirectory("roadmap-start-home");
        try {
            startTwice(home);
        } finally {
            try (Stream<Path> files = Files.walk(home)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    private static void startTwice(Path home) {
        for (int start = 1; start <= 2; start++) {
            Sandbox sandbox = Sandbox.start(0, home, true);
            try {
                EntityManagerActiveObjects ao = (EntityManagerActiveObjects) sandbox.component(ActiveObjects.class);
                assertEquals("start " + start, 3, new ModelVersionTable(ao.entityManager()).get(NAMESPACE));
                assertLatestMeasurementsAgree(ao);

                List<SandboxSchedulerService.Job> jobs = sandbox.component(SandboxSchedulerService.class).jobs();
                assertFalse("the follow-up reminders are scheduled", jobs.isEmpty());
                for (SandboxSchedulerService.Job job : jobs) {
                    assertEquals(job.jobId().toString(), RunMode.RUN_ONCE_PER_CLUSTER, job.getRunMode());
                }
            } finally {
                sandbox.stop();
            }
        }
    }

    private static void assertLatestMeasurementsAgree(ActiveObjects ao) {
        LatestMeasurementColumns.Report report = LatestMeasurementColumns.check(ao);
        assertTrue("the demo has gains with measurements: " + report, report.measured() >= 1);
        assertEquals(List.of(), report.mismatches());
    }
}
