package no.veikart.roadmap.testsupport;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;

/** Test-only entity demonstrating the H2/PostgreSQL test pattern; table {@code AO_CEC056_SAMPLE_ENTITY}. */
public interface SampleEntity extends Entity {
    String getTitle();

    void setTitle(String title);

    @Indexed
    String getCategory();

    void setCategory(String category);

    int getScore();

    void setScore(int score);
}
