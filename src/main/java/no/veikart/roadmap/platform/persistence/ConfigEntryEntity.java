package no.veikart.roadmap.platform.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

@Preload
@Table("CONFIG_ENTRY")
public interface ConfigEntryEntity extends Entity {
    @NotNull
    @Unique
    @Indexed
    @StringLength(190)
    String getConfigKey();

    void setConfigKey(String key);

    @StringLength(StringLength.UNLIMITED)
    String getConfigValue();

    void setConfigValue(String value);
}
