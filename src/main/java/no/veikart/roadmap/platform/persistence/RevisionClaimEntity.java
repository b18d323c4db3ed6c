package no.veikart.roadmap.platform.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One row per (record, new version). The unique key makes two concurrent writers of the same version collide in
 * the database, on every node and every database, which a read-compare-write alone cannot guarantee.
 */
@Preload
@Table("REVISION_CLAIM")
public interface RevisionClaimEntity extends Entity {
    @NotNull
    @Unique
    @Indexed
    @StringLength(190)
    String getClaimKey();

    void setClaimKey(String key);
}
