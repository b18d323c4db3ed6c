package no.veikart.roadmap.risk.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A measure against a risk; INITIATIVE_ID lets a register load all its measures in one indexed query. */
@Preload
@Table("RISK_MEASURE")
public interface RiskMeasureEntity extends Entity {
    @NotNull
    @Indexed
    long getRiskId();

    void setRiskId(long id);

    @NotNull
    @Indexed
    long getInitiativeId();

    void setInitiativeId(long id);

    @StringLength(StringLength.UNLIMITED)
    String getText();

    void setText(String text);

    @StringLength(255)
    String getOwner();

    void setOwner(String owner);

    Date getDue();

    void setDue(Date date);

    @StringLength(32)
    String getStatus();

    void setStatus(String status);

    @StringLength(255)
    String getIssueKey();

    void setIssueKey(String key);
}
