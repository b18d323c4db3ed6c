package no.veikart.roadmap.phase.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A roadmap template. Phases and steps are edited and read as a whole, so they are one JSON document. */
@Preload
@Table("TEMPLATE")
public interface TemplateEntity extends Entity {
    @StringLength(255)
    String getName();

    void setName(String name);

    @Indexed
    @NotNull
    boolean isBuiltIn();

    void setBuiltIn(boolean builtIn);

    @StringLength(StringLength.UNLIMITED)
    String getDefinition();

    void setDefinition(String json);

    @NotNull
    long getRowVersion();

    void setRowVersion(long version);
}
