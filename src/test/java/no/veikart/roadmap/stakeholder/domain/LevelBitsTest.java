package no.veikart.roadmap.stakeholder.domain;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

/** {@link Level#bits} reads the summary row's level names as {@link Level#parse} does, unknown names left out. */
public class LevelBitsTest {

    @Test
    public void sameLevelsAsParse() {
        for (String names : List.of("", "POLITICAL", "POLITICAL,STAFF,EXTERNAL", "STAFF,UNKNOWN_LEVEL,EXTERNAL",
                "STAF,STAFFS,POLITICAL", ",,MIDDLE_MANAGEMENT,", "political", Level.names(java.util.EnumSet.allOf(
                        Level.class)))) {
            int expected = 0;
            for (Level level : Level.parse(names)) {
                expected |= 1 << level.ordinal();
            }
            assertEquals(names, expected, Level.bits(names));
        }
        assertEquals(0, Level.bits(null));
        assertEquals(1 << Level.STAFF.ordinal() | 1 << Level.EXTERNAL.ordinal(), Level.bits("STAFF,EXTERNAL"));
    }
}
