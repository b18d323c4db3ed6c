package no.veikart.roadmap.sandbox.scheduler;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import com.atlassian.scheduler.status.JobDetails;
import com.atlassian.scheduler.status.RunOutcome;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jira's scheduler as far as the sandbox needs it: records the job runners the plugin registers and the jobs it
 * schedules, and runs a job on demand ({@link #runNow}, the outbox page's button, {@code Sandbox#runJob}). Nothing
 * runs by itself: there is no clock tick, so tests decide when a job runs. Runs of one job are serialised, as Jira's
 * clustered scheduler never runs a RUN_ONCE_PER_CLUSTER job twice at the same time. Jobs live in memory (Jira keeps
 * clustered jobs in its database); the plugin schedules them again at every start.
 */
public final class SandboxSchedulerService implements SchedulerService {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxSchedulerService.class);
    private static final int KEPT_RUNS = 50;

    private final Clock clock;
    private final Map<JobRunnerKey, JobRunner> runners = new ConcurrentHashMap<>();
    private final Map<JobId, Job> jobs = Collections.synchronizedMap(new TreeMap<>());
    private final Map<JobId, Object> locks = new ConcurrentHashMap<>();
    private final List<Run> runs = Collections.synchronizedList(new ArrayList<>());

    public SandboxSchedulerService(Clock clock) {
        this.clock = clock;
    }

    /** A scheduled job, as {@link #getJobDetails} reports it. */
    public record Job(JobId jobId, JobConfig config) implements JobDetails {
        @Override
        public JobId getJobId() {
            return jobId;
        }

        @Override
        public JobRunnerKey getJobRunnerKey() {
            return config.getJobRunnerKey();
        }

        @Override
        public RunMode getRunMode() {
            return config.getRunMode();
        }

        @Override
        public Schedule getSchedule() {
            return config.getSchedule();
        }
    }

    /** One run: when it started, its outcome and the runner's message. */
    public record Run(JobId jobId, Instant started, RunOutcome outcome, String message) {
    }

    private record Request(JobId jobId) implements JobRunnerRequest {
        @Override
        public JobId getJobId() {
            return jobId;
        }
    }

    @Override
    public void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner) {
        runners.put(Objects.requireNonNull(jobRunnerKey, "jobRunnerKey"), Objects.requireNonNull(jobRunner, "jobRunner"));
        LOG.debug("Job runner {} registered", jobRunnerKey);
    }

    @Override
    public void unregisterJobRunner(JobRunnerKey jobRunnerKey) {
        runners.remove(jobRunnerKey);
    }

    @Override
    public void scheduleJob(JobId jobId, JobConfig jobConfig) {
        jobs.put(Objects.requireNonNull(jobId, "jobId"), new Job(jobId, Objects.requireNonNull(jobConfig, "jobConfig")));
        LOG.info("Job {} scheduled: {}", jobId, jobConfig);
    }

    @Override
    public JobDetails getJobDetails(JobId jobId) {
        return jobs.get(jobId);
    }

    /** The scheduled jobs by id. */
    public List<Job> jobs() {
        synchronized (jobs) {
            return List.copyOf(jobs.values());
        }
    }

    public Set<JobRunnerKey> registeredRunnerKeys() {
        return new TreeSet<>(runners.keySet());
    }

    /** The latest runs, newest first. */
    public List<Run> runs() {
        synchronized (runs) {
            List<Run> copy = new ArrayList<>(runs);
            Collections.reverse(copy);
            return copy;
        }
    }

    /**
     * Runs the job now on this thread, as Jira's scheduler would when it fires: UNAVAILABLE when no runner is
     * registered for it, FAILED when the runner throws.
     *
     * @throws IllegalArgumentException when no job has this id
     */
    public Run runNow(JobId jobId) {
        Job job = jobs.get(jobId);
        if (job == null) {
            throw new IllegalArgumentException("No job " + jobId + " is scheduled");
        }
        synchronized (locks.computeIfAbsent(jobId, id -> new Object())) {
            Instant started = clock.instant();
            JobRunner runner = runners.get(job.getJobRunnerKey());
            Run run;
            if (runner == null) {
                run = new Run(jobId, started, RunOutcome.UNAVAILABLE, "No job runner registered for " + job.getJobRunnerKey());
            } else {
                try {
                    JobRunnerResponse response = runner.runJob(new Request(jobId));
                    run = response == null ? new Run(jobId, started, RunOutcome.SUCCESS, "")
                            : new Run(jobId, started, response.getRunOutcome(), response.getMessage());
                } catch (RuntimeException e) {
                    LOG.error("Job {} failed", jobId, e);
                    run = new Run(jobId, started, RunOutcome.FAILED, e.toString());
                }
            }
            synchronized (runs) {
                runs.add(run);
                if (runs.size() > KEPT_RUNS) {
                    runs.remove(0);
                }
            }
            LOG.info("Job {} ran: {} {}", jobId, run.outcome(), run.message());
            return run;
        }
    }
}
