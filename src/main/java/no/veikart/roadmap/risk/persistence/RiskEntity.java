package no.veikart.roadmap.risk.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A risk of one initiative's ROS; residual columns both null when not assessed. Levels are never stored. */
@Preload
@Table("RISK")
public interface RiskEntity extends Entity {
    @NotNull
    @Indexed
    long getInitiativeId();

    void setInitiativeId(long id);

    @StringLength(255)
    String getTitle();

    void setTitle(String title);

    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String text);

    @StringLength(StringLength.UNLIMITED)
    String getCause();

    void setCause(String text);

    @StringLength(64)
    String getCategory();

    void setCategory(String category);

    @NotNull
    int getLikelihood();

    void setLikelihood(int value);

    @NotNull
    int getConsequence();

    void setConsequence(int value);

    Integer getResidualLikelihood();

    void setResidualLikelihood(Integer value);

    Integer getResidualConsequence();

    void setResidualConsequence(Integer value);

    @StringLength(StringLength.UNLIMITED)
    String getContingency();

    void setContingency(String text);

    @StringLength(255)
    String getAcceptedBy();

    void setAcceptedBy(String userKey);

    @StringLength(StringLength.UNLIMITED)
    String getAcceptanceReason();

    void setAcceptanceReason(String text);

    Date getAcceptedOn();

    void setAcceptedOn(Date date);

    @StringLength(255)
    String getOwner();

    void setOwner(String owner);

    Date getNextReview();

    void setNextReview(Date date);

    @NotNull
    long getRowVersion();

    void setRowVersion(long version);
}
