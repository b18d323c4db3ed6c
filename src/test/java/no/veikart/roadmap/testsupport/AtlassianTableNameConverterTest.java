package no.veikart.roadmap.testsupport;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import net.java.ao.ActiveObjectsException;
import net.java.ao.Entity;
import net.java.ao.schema.Table;
import no.veikart.roadmap.sandbox.ao.AtlassianTableNameConverter;
import org.junit.Test;

public class AtlassianTableNameConverterTest {

    interface PhaseGate extends Entity {
    }

    @Table("RapidView")
    interface RenamedBoard extends Entity {
    }

    @Table("RAPIDVIEW")
    interface JiraSoftwareBoard extends Entity {
    }

    interface ThisEntityNameIsFarTooLongForAo extends Entity {
    }

    @Test
    public void pluginPrefixIsMd5OfThePluginKey() {
        // printf %s no.veikart.service-innovation-roadmap | md5sum  -> ...cec056
        assertEquals("AO_CEC056_", AtlassianTableNameConverter.tablePrefix(AtlassianTableNameConverter.PLUGIN_NAMESPACE));
        assertEquals("AO_CEC056_PHASE_GATE", new AtlassianTableNameConverter().getName(PhaseGate.class));
    }

    @Test
    public void matchesRealJiraSoftwareTableNames() {
        // Jira Software (namespace com.pyxis.greenhopper.jira) stores boards in AO_60DB71_RAPIDVIEW.
        AtlassianTableNameConverter greenhopper = new AtlassianTableNameConverter("com.pyxis.greenhopper.jira");
        assertEquals("AO_60DB71_RAPIDVIEW", greenhopper.getName(JiraSoftwareBoard.class));
    }

    @Test
    public void tableAnnotationValueIsConvertedLikeClassNames() {
        assertEquals("AO_CEC056_RAPID_VIEW", new AtlassianTableNameConverter().getName(RenamedBoard.class));
    }

    @Test
    public void namesLongerThan30CharactersAreRejected() {
        assertThrows(ActiveObjectsException.class,
                () -> new AtlassianTableNameConverter().getName(ThisEntityNameIsFarTooLongForAo.class));
    }
}
