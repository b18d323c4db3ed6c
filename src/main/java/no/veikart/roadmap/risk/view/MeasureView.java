package no.veikart.roadmap.risk.view;

/** A measure as the panel and REST show it; {@code issueStatus} is the Jira task's status, when there is a task. */
public record MeasureView(long id, String text, String owner, String ownerName, String due, String dueDisplay,
        boolean overdue, String status, String statusName, String issueKey, String issueStatus) {

    /** One line for the CSV and the workbook: the text, then status, owner, due date and task in brackets. */
    public String exportLine() {
        return text.replace('\n', ' ') + " (" + statusName + (ownerName == null ? "" : ", " + ownerName)
                + (due == null ? "" : ", " + due) + (issueKey == null ? "" : ", " + issueKey) + ")";
    }
}
