package no.veikart.roadmap.sandbox.web;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.scheduler.config.JobId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import no.veikart.roadmap.sandbox.mail.SandboxMailQueue;
import no.veikart.roadmap.sandbox.scheduler.SandboxSchedulerService;

/**
 * {@code /secure/admin/roadmap-outbox}, Jira administrators only: the jobs the plugin scheduled with a button to run
 * each now (a form post with the XSRF token), the latest runs, and every mail the plugin queued since the sandbox
 * started (newest first; all of them are also in {@code <home>/mail.log}).
 */
public final class OutboxServlet extends PageServlet {

    public static final String PATH = "/secure/admin/roadmap-outbox";
    private static final long serialVersionUID = 1L;

    private final transient SandboxSchedulerService scheduler;
    private final transient SandboxMailQueue mail;

    public OutboxServlet(PageServices services, SandboxSchedulerService scheduler, SandboxMailQueue mail) {
        super(services, new PageLayout(services));
        this.scheduler = scheduler;
        this.mail = mail;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (admin(req, resp) == null) {
            return;
        }
        String token = services.xsrf().getXsrfToken(req, resp, true);
        String action = req.getContextPath() + PATH;
        StringBuilder b = new StringBuilder(4096);
        b.append("<p class=\"roadmap-outbox-note\">Mail is not delivered in the sandbox: it is kept here and appended to <code>")
                .append(Html.esc(mail.logFile())).append("</code>. Jobs run only when started here (or by a test).</p>\n");

        b.append("<h2>Scheduled jobs</h2>\n");
        List<SandboxSchedulerService.Job> jobs = scheduler.jobs();
        if (jobs.isEmpty()) {
            b.append("<p id=\"roadmap-outbox-no-jobs\">No jobs are scheduled.</p>\n");
        } else {
            Set<?> runners = scheduler.registeredRunnerKeys();
            b.append("<table class=\"aui\" id=\"roadmap-outbox-jobs\"><thead><tr><th>Job</th><th>Runner</th>"
                    + "<th>Run mode</th><th>Schedule</th><th></th></tr></thead><tbody>\n");
            for (SandboxSchedulerService.Job job : jobs) {
                b.append("<tr data-job-id=\"").append(Html.esc(job.getJobId())).append("\"><td>")
                        .append(Html.esc(job.getJobId())).append("</td><td>").append(Html.esc(job.getJobRunnerKey()))
                        .append(runners.contains(job.getJobRunnerKey()) ? "" : " (not registered)")
                        .append("</td><td>").append(Html.esc(job.getRunMode())).append("</td><td>")
                        .append(Html.esc(job.getSchedule())).append("</td><td><form class=\"aui\" method=\"post\" action=\"")
                        .append(Html.esc(action)).append("\"><input type=\"hidden\" name=\"atl_token\" value=\"")
                        .append(Html.esc(token)).append("\"><input type=\"hidden\" name=\"jobId\" value=\"")
                        .append(Html.esc(job.getJobId())).append("\"><button class=\"aui-button roadmap-outbox-run\" "
                                + "type=\"submit\">Run now</button></form></td></tr>\n");
            }
            b.append("</tbody></table>\n");
        }

        List<SandboxSchedulerService.Run> runs = scheduler.runs();
        if (!runs.isEmpty()) {
            b.append("<h2>Latest runs</h2>\n<table class=\"aui\" id=\"roadmap-outbox-runs\"><thead><tr><th>Started</th>"
                    + "<th>Job</th><th>Outcome</th><th>Message</th></tr></thead><tbody>\n");
            for (SandboxSchedulerService.Run run : runs) {
                b.append("<tr><td>").append(Html.esc(run.started())).append("</td><td>").append(Html.esc(run.jobId()))
                        .append("</td><td class=\"roadmap-outbox-outcome\">").append(Html.esc(run.outcome()))
                        .append("</td><td>").append(Html.esc(run.message())).append("</td></tr>\n");
            }
            b.append("</tbody></table>\n");
        }

        List<SandboxMailQueue.SentMail> sent = mail.sent();
        b.append("<h2>Sent mail (").append(sent.size()).append(")</h2>\n");
        if (sent.isEmpty()) {
            b.append("<p id=\"roadmap-outbox-empty\">No mail has been queued since the sandbox started.</p>\n");
        }
        for (int i = sent.size() - 1; i >= 0; i--) {
            SandboxMailQueue.SentMail m = sent.get(i);
            b.append("<article class=\"roadmap-outbox-mail\" data-to=\"").append(Html.esc(m.to())).append("\">")
                    .append("<dl><dt>To</dt><dd class=\"roadmap-outbox-to\">").append(Html.esc(m.to()))
                    .append("</dd><dt>Subject</dt><dd class=\"roadmap-outbox-subject\">").append(Html.esc(m.subject()))
                    .append("</dd><dt>Queued</dt><dd>").append(Html.esc(m.queuedAt())).append("</dd><dt>Type</dt><dd>")
                    .append(Html.esc(m.mimeType())).append("</dd></dl><pre class=\"roadmap-outbox-body\">")
                    .append(Html.esc(m.body())).append("</pre></article>\n");
        }
        layout.write(req, resp, HttpServletResponse.SC_OK, Page.of("Roadmap outbox", "page-type-admin",
                PageLayout.panel("<h1>Roadmap outbox</h1>", b.toString()), "atl.admin"));
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (admin(req, resp) == null) {
            return;
        }
        if (!services.xsrf().validateFormEncodedToken(req)) {
            layout.message(req, resp, HttpServletResponse.SC_FORBIDDEN, "XSRF Security Token Missing",
                    "Jira could not complete this action due to a missing form token. Reload the page and try again.");
            return;
        }
        String jobId = req.getParameter("jobId");
        if (jobId == null || scheduler.getJobDetails(JobId.of(jobId)) == null) {
            layout.message(req, resp, HttpServletResponse.SC_NOT_FOUND, "No such job",
                    "No job with this id is scheduled.");
            return;
        }
        scheduler.runNow(JobId.of(jobId));
        resp.sendRedirect(req.getContextPath() + PATH);
    }

    /** The logged-in Jira administrator; otherwise null after sending the login page or a 403 page. */
    private ApplicationUser admin(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ApplicationUser user = requireUser(req, resp);
        if (user == null) {
            return null;
        }
        if (!services.globalPermissions().hasPermission(GlobalPermissionKey.ADMINISTER, user)) {
            layout.message(req, resp, HttpServletResponse.SC_FORBIDDEN, "Access denied",
                    "You must be a Jira administrator to view this page.");
            return null;
        }
        return user;
    }
}
