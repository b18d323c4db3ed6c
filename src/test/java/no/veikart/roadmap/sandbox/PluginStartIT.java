package no.veikart.roadmap.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.scheduler.config.RunMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.java.ao.Query;
import no.veikart.roadmap.gain.persistence.GainEntity;
import no.veikart.roadmap.gain.persistence.MeasurementEntity;
import no.veikart.roadmap.sandbox.ao.EntityManagerActiveObjects;
import no.veikart.roadmap.sandbox.ao.ModelVersionTable;
import no.veikart.roadmap.sandbox.scheduler.SandboxSchedulerService;
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
        for (int start = 1; start <= 2; start++) {
            Sandbox sandbox = Sandbox.start(0, home, true);
            try {
                EntityManagerActiveObjects ao = (EntityManagerActiveObjects) sandbox.component(ActiveObjects.class);
                assertEquals("start " + start, 2, new ModelVersionTable(ao.entityManager()).get(NAMESPACE));
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
        ao.flushAll();
        Map<Long, List<MeasurementEntity>> byGain = new HashMap<>();
        for (MeasurementEntity m : ao.find(MeasurementEntity.class, Query.select().order("ID ASC"))) {
            byGain.computeIfAbsent(m.getGainId(), k -> new ArrayList<>()).add(m);
        }
        GainEntity[] gains = ao.find(GainEntity.class);
        assertTrue("the demo has gains with measurements", byGain.size() >= 1 && gains.length >= byGain.size());
        for (GainEntity gain : gains) {
            List<MeasurementEntity> ms = byGain.getOrDefault((long) gain.getID(), List.of());
            MeasurementEntity latest = ms.stream().filter(m -> m.getMeasuredOn() != null)
                    .max(Comparator.comparing((MeasurementEntity m) -> m.getMeasuredOn().getTime())
                            .thenComparing(MeasurementEntity::getID))
                    .orElse(null);
            String what = "gain " + gain.getID();
            assertEquals(what, ms.size(), gain.getMeasurementCount());
            assertEquals(what, latest == null ? null : latest.getMeasuredValue(), gain.getLatestValue());
            assertTrue(what, Objects.equals(latest == null ? null : latest.getMeasuredOn().getTime(),
                    gain.getLatestMeasuredOn() == null ? null : gain.getLatestMeasuredOn().getTime()));
        }
    }
}
