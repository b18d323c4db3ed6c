package no.veikart.roadmap.initiative.domain;

/**
 * One initiative's row of the portfolio read model: what the portfolio needs of it, kept in step with the source rows
 * in the same transaction as every change (see {@link InitiativeFigures}). Each feature fills its own columns through a
 * {@link SummaryPart}; the kernel stores them without reading them, so the encoded columns are the writing feature's
 * format (the gain feature's {@code GainFigures}, the stakeholder feature's level names).
 *
 * @param levelsPresent names of the organisational levels with stakeholders, comma separated, in level order
 * @param levelsAnchored names of the levels with a stakeholder ANCHORED in the current phase
 * @param gainMoney planned and realised yearly money per gain type and currency (gain feature's format)
 * @param gainHours planned and realised yearly hours per gain type (gain feature's format)
 * @param gainDues per gain: id, type, next measurement due, status before today is applied (gain feature's format)
 * @param highestResidualRisk room for the risk feature; null until it lands
 * @param unitsLiveWithoutCover room for the implementation feature (units live without super-user cover); null for now
 * @param statusReportColour room for the status report feature; null for now
 */
public record InitiativeSummary(long initiativeId, long issueId, String issueKey, String projectKey, String summary,
        String currentPhase, String status, String levelsPresent, String levelsAnchored, String gainMoney,
        String gainHours, String gainDues, Integer highestResidualRisk, Integer unitsLiveWithoutCover,
        String statusReportColour) {

    /** The row before any part filled it in: an initiative nobody has found yet. */
    public static InitiativeSummary empty(long initiativeId) {
        return new InitiativeSummary(initiativeId, 0, null, null, null, null, null, "", "", "", "", "", null, null, null);
    }

    /** False when the initiative part found no initiative: the row is then deleted. */
    public boolean exists() {
        return issueKey != null;
    }

    public InitiativeSummary withInitiative(long issueId, String issueKey, String projectKey, String summary,
            String currentPhase, String status) {
        return new InitiativeSummary(initiativeId, issueId, issueKey, projectKey, summary, currentPhase, status,
                levelsPresent, levelsAnchored, gainMoney, gainHours, gainDues, highestResidualRisk,
                unitsLiveWithoutCover, statusReportColour);
    }

    public InitiativeSummary withLevels(String present, String anchored) {
        return new InitiativeSummary(initiativeId, issueId, issueKey, projectKey, summary, currentPhase, status,
                present, anchored, gainMoney, gainHours, gainDues, highestResidualRisk, unitsLiveWithoutCover,
                statusReportColour);
    }

    public InitiativeSummary withGains(String money, String hours, String dues) {
        return new InitiativeSummary(initiativeId, issueId, issueKey, projectKey, summary, currentPhase, status,
                levelsPresent, levelsAnchored, money, hours, dues, highestResidualRisk, unitsLiveWithoutCover,
                statusReportColour);
    }
}
