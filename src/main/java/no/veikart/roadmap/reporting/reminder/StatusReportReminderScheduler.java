package no.veikart.roadmap.reporting.reminder;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Schedules {@link StatusReportReminderJob} daily at 06:30 server time, once per cluster, as the gain reminders are
 * (FollowUpReminderScheduler): onStart registers this node's runner and schedules the job if no node has; onStop only
 * unregisters the runner, never the cluster's schedule.
 */
public class StatusReportReminderScheduler implements LifecycleAware {
    /** Never change: Jira stores the job under these names. */
    public static final JobRunnerKey RUNNER_KEY = JobRunnerKey.of("no.veikart.roadmap.reporting.reminder.StatusReportReminderJob");
    public static final JobId JOB_ID = JobId.of("no.veikart.roadmap.reporting.reminder.daily");
    static final LocalTime RUN_AT = LocalTime.of(6, 30);
    private static final long DAY_MS = 24L * 60 * 60 * 1000;
    private static final Logger LOG = LoggerFactory.getLogger(StatusReportReminderScheduler.class);

    private final SchedulerService scheduler;
    private final StatusReportReminderJob job;
    private final Clock clock;
    private final ZoneId zone;

    public StatusReportReminderScheduler(SchedulerService scheduler, StatusReportReminderJob job, Clock clock, ZoneId zone) {
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
            scheduler.scheduleJob(JOB_ID, JobConfig.forJobRunnerKey(RUNNER_KEY).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forInterval(DAY_MS, firstRun())));
        } catch (SchedulerServiceException e) {
            LOG.error("Status report reminders could not be scheduled; tried again at the next start", e);
        }
    }

    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(RUNNER_KEY);
    }

    Date firstRun() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
        ZonedDateTime first = now.with(RUN_AT);
        return Date.from((first.isAfter(now) ? first : first.plusDays(1).with(RUN_AT)).toInstant());
    }
}
