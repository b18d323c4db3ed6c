package no.veikart.roadmap.reporting.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One status report. PERIOD_KEY ("initiativeId:YYYY-MM") is unique, so one report per initiative and month holds
 * across cluster nodes; lights are enum names (null while a draft leaves one open).
 */
@Table("STATUS_REPORT")
public interface StatusReportEntity extends Entity {
    @NotNull
    @Indexed
    long getInitiativeId();

    void setInitiativeId(long id);

    @NotNull
    @Unique
    @StringLength(40)
    String getPeriodKey();

    void setPeriodKey(String key);

    @NotNull
    @StringLength(7)
    String getPeriod();

    void setPeriod(String period);

    @StringLength(8)
    String getLightOverall();

    void setLightOverall(String light);

    @StringLength(8)
    String getLightPhase();

    void setLightPhase(String light);

    @StringLength(8)
    String getLightGains();

    void setLightGains(String light);

    @StringLength(8)
    String getLightAnchoring();

    void setLightAnchoring(String light);

    @StringLength(8)
    String getLightRisks();

    void setLightRisks(String light);

    @StringLength(StringLength.UNLIMITED)
    String getCommentText();

    void setCommentText(String comment);

    @NotNull
    @StringLength(12)
    String getState();

    void setState(String state);

    @StringLength(255)
    String getPublishedBy();

    void setPublishedBy(String userKey);

    Date getPublishedAt();

    void setPublishedAt(Date at);

    @NotNull
    long getRowVersion();

    void setRowVersion(long version);
}
