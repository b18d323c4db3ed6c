package no.veikart.roadmap.stakeholder.communication.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One entry of a communication plan. Column names avoid SQL reserved words (DATE, STATUS) on every database;
 * {@code CONTACT_LOG_ID} is the contact-log entry it was logged as.
 */
@Preload
@Table("COMMUNICATION")
public interface CommunicationEntity extends Entity {
    @NotNull
    @Indexed
    long getInitiativeId();

    void setInitiativeId(long id);

    @StringLength(64)
    String getAudienceLevel();

    void setAudienceLevel(String level);

    Long getStakeholderId();

    void setStakeholderId(Long id);

    @StringLength(StringLength.UNLIMITED)
    String getMessage();

    void setMessage(String message);

    @StringLength(32)
    String getChannelKey();

    void setChannelKey(String channel);

    Date getCommDate();

    void setCommDate(Date date);

    @StringLength(255)
    String getResponsible();

    void setResponsible(String responsible);

    @StringLength(32)
    String getStatusKey();

    void setStatusKey(String status);

    Long getContactLogId();

    void setContactLogId(Long id);

    @NotNull
    long getRowVersion();

    void setRowVersion(long version);
}
