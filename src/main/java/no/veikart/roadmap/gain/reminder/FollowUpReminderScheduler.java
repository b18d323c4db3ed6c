package no.veikart.roadmap.gain.reminder;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the follow-up reminders on Jira's scheduler when the plugin starts (SAL calls {@link #onStart()} on every node
 * once Jira is up): registers {@link FollowUpReminderJob} as this node's runner and, when no node has done so yet,
 * schedules the one daily job with {@link RunMode#RUN_ONCE_PER_CLUSTER}, so each day's run happens on one node only.
 * The schedule is stored by Jira for the whole cluster: {@link #onStop()} (a node shutting down, the plugin being
 * disabled or upgraded) only unregisters this node's runner and never unschedules the job, which would stop the
 * reminders for every node.
 */
public class FollowUpReminderScheduler implements LifecycleAware {
    /** Never change: Jira stores the job under these names. Outside the i18n key namespace (roadmap.*) on purpose. */
    public static final JobRunnerKey RUNNER_KEY = JobRunnerKey.of("no.veikart.roadmap.gain.reminder.FollowUpReminderJob");
    public static final JobId JOB_ID = JobId.of("no.veikart.roadmap.gain.reminder.daily");
    static final Duration INTERVAL = Duration.ofDays(1);
    /** Local time of the first run: reminders arrive in the morning. */
    static final LocalTime FIRST_RUN_AT = LocalTime.of(6, 0);
    private static final Logger LOG = LoggerFactory.getLogger(FollowUpReminderScheduler.class);

    private final SchedulerService scheduler;
    private final FollowUpReminderJob job;
    private final Clock clock;
    private final ZoneId zone;

    public FollowUpReminderScheduler(SchedulerService scheduler, FollowUpReminderJob job, Clock clock, ZoneId zone) {
        this.scheduler = scheduler;
        this.job = job;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public void onStart() {
        scheduler.registerJobRunner(RUNNER_KEY, job);
        if (scheduler.getJobDetails(JOB_ID) != null) {
            return;
        }
        try {
            scheduler.scheduleJob(JOB_ID, jobConfig());
            LOG.info("Gain follow-up reminders scheduled daily from {}", firstRun());
        } catch (SchedulerServiceException e) {
            LOG.error("Gain follow-up reminders could not be scheduled; they are tried again at the next start", e);
        }
    }

    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(RUNNER_KEY);
    }

    JobConfig jobConfig() {
        return JobConfig.forJobRunnerKey(RUNNER_KEY).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forInterval(INTERVAL.toMillis(), firstRun()));
    }

    /** The next {@link #FIRST_RUN_AT} in the server's zone, strictly after now. */
    Date firstRun() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
        ZonedDateTime first = now.with(FIRST_RUN_AT);
        if (!first.isAfter(now)) {
            first = first.plusDays(1).with(FIRST_RUN_AT);
        }
        return Date.from(first.toInstant());
    }
}
