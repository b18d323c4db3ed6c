package no.veikart.roadmap.phase.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

@Preload
@Table("INITIATIVE")
public interface InitiativeEntity extends Entity {
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

    @NotNull
    long getTemplateId();

    void setTemplateId(long id);

    @StringLength(64)
    String getCurrentPhase();

    void setCurrentPhase(String phase);

    @Indexed
    @StringLength(32)
    String getStatus();

    void setStatus(String status);

    @NotNull
    int getPilotRound();

    void setPilotRound(int round);

    @NotNull
    long getRowVersion();

    void setRowVersion(long version);

    Date getCreated();

    void setCreated(Date created);
}
