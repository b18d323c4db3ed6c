package no.veikart.roadmap.gain.reminder;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import com.atlassian.scheduler.status.JobDetails;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** Registering and scheduling the reminders on node start, and what a node stopping must not do. */
public class FollowUpReminderSchedulerTest {
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    /** Jira's scheduler as seen by one node; {@code jobs} is shared by the whole cluster. */
    private static final class Scheduler implements SchedulerService {
        final Map<JobRunnerKey, JobRunner> runners = new HashMap<>();
        final Map<JobId, JobConfig> jobs;
        final List<String> calls = new ArrayList<>();
        boolean refuse;

        Scheduler(Map<JobId, JobConfig> clusterJobs) {
            this.jobs = clusterJobs;
        }

        @Override
        public void registerJobRunner(JobRunnerKey key, JobRunner runner) {
            calls.add("register " + key);
            runners.put(key, runner);
        }

        @Override
        public void unregisterJobRunner(JobRunnerKey key) {
            calls.add("unregister " + key);
            runners.remove(key);
        }

        @Override
        public void scheduleJob(JobId id, JobConfig config) throws SchedulerServiceException {
            calls.add("schedule " + id);
            if (refuse) {
                throw new SchedulerServiceException("scheduler not ready");
            }
            jobs.put(id, config);
        }

        @Override
        public JobDetails getJobDetails(JobId id) {
            return jobs.containsKey(id) ? mock(JobDetails.class) : null;
        }
    }

    private static FollowUpReminderScheduler node(Scheduler scheduler, FollowUpReminderJob job, String now) {
        return new FollowUpReminderScheduler(scheduler, job, Clock.fixed(Instant.parse(now), ZoneOffset.UTC), OSLO);
    }

    @Test
    public void theFirstNodeToStartSchedulesOneDailyJobToRunOncePerCluster() {
        FollowUpReminderJob job = mock(FollowUpReminderJob.class);
        Scheduler scheduler = new Scheduler(new HashMap<>());

        node(scheduler, job, "2025-03-31T10:15:00Z").onStart();

        assertSame(job, scheduler.runners.get(FollowUpReminderScheduler.RUNNER_KEY));
        JobConfig config = scheduler.jobs.get(FollowUpReminderScheduler.JOB_ID);
        assertNotNull(config);
        assertEquals(RunMode.RUN_ONCE_PER_CLUSTER, config.getRunMode());
        assertEquals(FollowUpReminderScheduler.RUNNER_KEY, config.getJobRunnerKey());
        // Next 06:00 in Oslo (summer time from 30 March: UTC+2) after 12:15 local: tomorrow 06:00 = 04:00 UTC.
        assertEquals(Schedule.forInterval(86_400_000L, Date.from(Instant.parse("2025-04-01T04:00:00Z"))), config.getSchedule());
    }

    @Test
    public void beforeSixTheFirstRunIsTheSameMorning() {
        Scheduler scheduler = new Scheduler(new HashMap<>());

        node(scheduler, mock(FollowUpReminderJob.class), "2025-01-15T04:59:00Z").onStart();

        assertEquals(Schedule.forInterval(86_400_000L, Date.from(Instant.parse("2025-01-15T05:00:00Z"))),
                scheduler.jobs.get(FollowUpReminderScheduler.JOB_ID).getSchedule());
    }

    @Test
    public void otherNodesAndRestartsRegisterTheirRunnerButKeepTheSchedule() {
        Map<JobId, JobConfig> cluster = new HashMap<>();
        Scheduler first = new Scheduler(cluster);
        Scheduler second = new Scheduler(cluster);
        node(first, mock(FollowUpReminderJob.class), "2025-03-31T10:15:00Z").onStart();
        JobConfig scheduled = cluster.get(FollowUpReminderScheduler.JOB_ID);

        node(second, mock(FollowUpReminderJob.class), "2025-04-02T10:15:00Z").onStart();

        assertEquals(List.of("register " + FollowUpReminderScheduler.RUNNER_KEY), second.calls);
        assertSame("not rescheduled (that would move the next run)", scheduled, cluster.get(FollowUpReminderScheduler.JOB_ID));
        assertTrue(second.runners.containsKey(FollowUpReminderScheduler.RUNNER_KEY));
    }

    @Test
    public void aStoppingNodeUnregistersItsRunnerAndNeverUnschedulesTheClusterJob() {
        Map<JobId, JobConfig> cluster = new HashMap<>();
        Scheduler scheduler = new Scheduler(cluster);
        FollowUpReminderScheduler node = node(scheduler, mock(FollowUpReminderJob.class), "2025-03-31T10:15:00Z");
        node.onStart();
        scheduler.calls.clear();

        node.onStop();

        assertEquals(List.of("unregister " + FollowUpReminderScheduler.RUNNER_KEY), scheduler.calls);
        assertTrue(scheduler.runners.isEmpty());
        assertTrue("the job stays scheduled for the other nodes", cluster.containsKey(FollowUpReminderScheduler.JOB_ID));
    }

    @Test
    public void aSchedulerThatRefusesIsLoggedAndTheRunnerStaysRegistered() {
        Scheduler scheduler = new Scheduler(new HashMap<>());
        scheduler.refuse = true;

        node(scheduler, mock(FollowUpReminderJob.class), "2025-03-31T10:15:00Z").onStart();

        assertTrue(scheduler.runners.containsKey(FollowUpReminderScheduler.RUNNER_KEY));
        assertTrue(scheduler.jobs.isEmpty());
    }

    @Test
    public void jobNamesStayOutOfTheI18nKeyNamespace() {
        assertTrue(FollowUpReminderScheduler.JOB_ID.toString().startsWith("no.veikart."));
        assertTrue(FollowUpReminderScheduler.RUNNER_KEY.toString().startsWith("no.veikart."));
    }
}
