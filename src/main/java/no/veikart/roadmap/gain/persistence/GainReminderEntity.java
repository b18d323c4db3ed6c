package no.veikart.roadmap.gain.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One follow-up reminder: a gain's measurement due on one date ({@code REMINDER_KEY} = gain id and due date, unique,
 * so two nodes creating the same reminder collide in the database), its state (SENDING, SENT, FAILED), attempts and
 * the last error's class name. No addresses or texts are stored.
 */
@Preload
@Table("GAIN_REMINDER")
public interface GainReminderEntity extends Entity {
    @NotNull
    @Unique
    @Indexed
    @StringLength(64)
    String getReminderKey();

    void setReminderKey(String key);

    @NotNull
    @Indexed
    long getGainId();

    void setGainId(long id);

    Date getDueDate();

    void setDueDate(Date date);

    @StringLength(255)
    String getOwnerKey();

    void setOwnerKey(String ownerKey);

    @NotNull
    @StringLength(16)
    String getState();

    void setState(String state);

    @NotNull
    int getAttempts();

    void setAttempts(int attempts);

    @StringLength(255)
    String getLastError();

    void setLastError(String error);

    Date getUpdatedAt();

    void setUpdatedAt(Date at);

    Date getSentAt();

    void setSentAt(Date at);

    @NotNull
    long getRowVersion();

    void setRowVersion(long version);
}
