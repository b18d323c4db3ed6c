package no.veikart.roadmap.testsupport;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import net.java.ao.DBParam;
import no.veikart.roadmap.sandbox.ao.SandboxDatabase;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class SandboxDatabaseTest {

    @Rule
    public final TemporaryFolder home = new TemporaryFolder();

    @Test
    public void h2FileDatabaseKeepsCommittedDataAcrossRestarts() throws Exception {
        Path sandboxHome = home.getRoot().toPath();
        try (SandboxDatabase db = SandboxDatabase.h2File(sandboxHome)) {
            db.activeObjects().migrate(SampleEntity.class);
            db.activeObjects().executeInTransaction(() -> db.activeObjects().create(SampleEntity.class,
                    new DBParam("TITLE", "survives"), new DBParam("CATEGORY", "restart")));
        }
        assertTrue(Files.exists(sandboxHome.resolve("db").resolve("roadmap.mv.db")));

        try (SandboxDatabase db = SandboxDatabase.h2File(sandboxHome)) {
            db.activeObjects().migrate(SampleEntity.class);
            SampleEntity[] found = db.activeObjects().find(SampleEntity.class, "CATEGORY = ?", "restart");
            assertEquals(1, found.length);
            assertEquals("survives", found[0].getTitle());
        }
    }

    @Test
    public void refusesH2ServerModes() {
        assertThrows(IllegalArgumentException.class, () -> SandboxDatabase.open("jdbc:h2:tcp://localhost/x", "sa", ""));
        assertThrows(IllegalArgumentException.class,
                () -> SandboxDatabase.open("jdbc:h2:file:/tmp/x;AUTO_SERVER=TRUE", "sa", ""));
    }
}
