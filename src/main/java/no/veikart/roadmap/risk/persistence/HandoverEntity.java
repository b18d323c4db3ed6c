package no.veikart.roadmap.risk.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** The handover to operations of one initiative. */
@Preload
@Table("HANDOVER")
public interface HandoverEntity extends Entity {
    @NotNull
    @Indexed
    long getInitiativeId();

    void setInitiativeId(long id);

    Date getMeetingDate();

    void setMeetingDate(Date date);

    @StringLength(255)
    String getOperationsOwner();

    void setOperationsOwner(String userKey);

    @StringLength(StringLength.UNLIMITED)
    String getFinalReport();

    void setFinalReport(String text);

    @NotNull
    boolean isGainPlanReviewed();

    void setGainPlanReviewed(boolean reviewed);

    @NotNull
    boolean isRiskAnalysisReviewed();

    void setRiskAnalysisReviewed(boolean reviewed);

    @StringLength(StringLength.UNLIMITED)
    String getParticipants();

    void setParticipants(String text);

    @StringLength(StringLength.UNLIMITED)
    String getLearningPoints();

    void setLearningPoints(String text);

    @StringLength(32)
    String getOutcome();

    void setOutcome(String outcome);

    @NotNull
    long getRowVersion();

    void setRowVersion(long version);
}
