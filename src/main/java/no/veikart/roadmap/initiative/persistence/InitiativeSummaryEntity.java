package no.veikart.roadmap.initiative.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * {@code AO_CEC056_INIT_SUMMARY}: the portfolio read model, one row per initiative (model version 3). Owned by the
 * initiative kernel, not the portfolio: every feature writes its share of it and coming features add columns, while
 * the portfolio is only one reader. The nullable integer and colour columns are room for the risk, implementation and
 * status-report features.
 */
@Preload
@Table("INIT_SUMMARY")
public interface InitiativeSummaryEntity extends Entity {
    @NotNull
    @Indexed
    long getInitiativeId();

    void setInitiativeId(long id);

    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long id);

    @StringLength(255)
    String getIssueKey();

    void setIssueKey(String key);

    @Indexed
    @StringLength(255)
    String getProjectKey();

    void setProjectKey(String key);

    @StringLength(255)
    String getSummary();

    void setSummary(String summary);

    @StringLength(255)
    String getCurrentPhase();

    void setCurrentPhase(String phase);

    @StringLength(32)
    String getStatus();

    void setStatus(String status);

    @StringLength(255)
    String getLevelsPresent();

    void setLevelsPresent(String levels);

    @StringLength(255)
    String getLevelsAnchored();

    void setLevelsAnchored(String levels);

    @StringLength(StringLength.UNLIMITED)
    String getGainMoney();

    void setGainMoney(String money);

    @StringLength(450)
    String getGainHours();

    void setGainHours(String hours);

    @StringLength(StringLength.UNLIMITED)
    String getGainDues();

    void setGainDues(String dues);

    Integer getHighestResidualRisk();

    void setHighestResidualRisk(Integer risk);

    Integer getUnitsLiveWithoutCover();

    void setUnitsLiveWithoutCover(Integer units);

    @StringLength(16)
    String getStatusReportColour();

    void setStatusReportColour(String colour);
}
