package no.veikart.roadmap.gain.reminder;

/**
 * What one run of the follow-up reminders did, in counts only (it is logged and shown in Jira's scheduler admin, so
 * it names no owners, addresses or gains).
 *
 * @param due           reminders due today or overdue, sent before or not
 * @param done          of those, sent earlier or being sent by another run right now
 * @param sent          reminders sent in this run
 * @param mails         mails queued in this run (one per owner)
 * @param notUsers      reminders skipped because their owner is not an active Jira user with an e-mail address
 * @param failed        reminders whose mail failed (recorded; tried again next run)
 * @param lost          reminders another run claimed between this run's read and its claim
 */
public record RunReport(int due, int done, int sent, int mails, int notUsers, int failed, int lost) {
    /** Both runs' counts added up (the gain reminders and each other source's). */
    public RunReport plus(RunReport o) {
        return new RunReport(due + o.due, done + o.done, sent + o.sent, mails + o.mails, notUsers + o.notUsers,
                failed + o.failed, lost + o.lost);
    }

    public boolean hasFailures() {
        return failed > 0;
    }

    public String message() {
        return "Follow-up reminders: " + due + " due, " + done + " already sent, " + sent + " sent in " + mails
                + " mail(s), " + notUsers + " skipped (owner not an active Jira user with an e-mail address), "
                + failed + " failed (retried next run), " + lost + " taken by another run";
    }
}
