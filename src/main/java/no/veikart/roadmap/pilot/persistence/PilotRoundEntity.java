package no.veikart.roadmap.pilot.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One saved pilot round: the plan's ten points, whether the plan is still the copied draft, and the evaluation (its
 * columns are null until one is saved). Unique per (INITIATIVE_ID, ROUND_NO) through the revision claim of version 1.
 */
@Preload
@Table("PILOT_ROUND")
public interface PilotRoundEntity extends Entity {
    @NotNull
    @Indexed
    long getInitiativeId();

    void setInitiativeId(long id);

    @NotNull
    int getRoundNo();

    void setRoundNo(int round);

    @NotNull
    long getRowVersion();

    void setRowVersion(long version);

    boolean isDraft();

    void setDraft(boolean draft);

    @StringLength(StringLength.UNLIMITED)
    String getGoals();

    void setGoals(String text);

    @StringLength(StringLength.UNLIMITED)
    String getScope();

    void setScope(String text);

    Date getStartDate();

    void setStartDate(Date date);

    Date getEndDate();

    void setEndDate(Date date);

    Integer getUsersCount();

    void setUsersCount(Integer n);

    Integer getEmployeesCount();

    void setEmployeesCount(Integer n);

    Integer getThirdPartiesCount();

    void setThirdPartiesCount(Integer n);

    @StringLength(StringLength.UNLIMITED)
    String getParticipants();

    void setParticipants(String text);

    @StringLength(StringLength.UNLIMITED)
    String getInformation();

    void setInformation(String text);

    @StringLength(StringLength.UNLIMITED)
    String getCompetence();

    void setCompetence(String text);

    @StringLength(StringLength.UNLIMITED)
    String getErrorHandling();

    void setErrorHandling(String text);

    /** The chosen gains' ids separated by commas (at most 50). */
    @StringLength(StringLength.UNLIMITED)
    String getGainIds();

    void setGainIds(String ids);

    @StringLength(StringLength.UNLIMITED)
    String getMeasurement();

    void setMeasurement(String text);

    @StringLength(StringLength.UNLIMITED)
    String getObservation();

    void setObservation(String text);

    @StringLength(StringLength.UNLIMITED)
    String getDocumentation();

    void setDocumentation(String text);

    Integer getPeopleRating();

    void setPeopleRating(Integer rating);

    @StringLength(StringLength.UNLIMITED)
    String getPeopleText();

    void setPeopleText(String text);

    Integer getOrgRating();

    void setOrgRating(Integer rating);

    @StringLength(StringLength.UNLIMITED)
    String getOrgText();

    void setOrgText(String text);

    Integer getTechRating();

    void setTechRating(Integer rating);

    @StringLength(StringLength.UNLIMITED)
    String getTechText();

    void setTechText(String text);

    Integer getGainsRating();

    void setGainsRating(Integer rating);

    @StringLength(StringLength.UNLIMITED)
    String getGainsText();

    void setGainsText(String text);

    @StringLength(StringLength.UNLIMITED)
    String getNewGains();

    void setNewGains(String text);

    @StringLength(StringLength.UNLIMITED)
    String getCostAdjustments();

    void setCostAdjustments(String text);

    @StringLength(64)
    String getRecommendation();

    void setRecommendation(String recommendation);

    @StringLength(StringLength.UNLIMITED)
    String getReasons();

    void setReasons(String text);

    @StringLength(255)
    String getEvaluatedBy();

    void setEvaluatedBy(String userKey);

    Date getEvaluatedAt();

    void setEvaluatedAt(Date at);
}
