package no.veikart.roadmap.testsupport;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
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
    public void aHomeWrittenByH2OneFourIsRefusedByName() throws Exception {
        Path db = home.getRoot().toPath().resolve("db");
        Files.createDirectories(db);
        // The header blocks H2 1.4.200 writes (MVStore format 1; H2 2.x reads format 2 and later only).
        byte[] header = ("H:2,block:4,blockSize:1000,chunk:3,clean:1,created:1a2522ab62e,format:1,version:3,"
                + "fletcher:3f7b6a0c\n").getBytes(StandardCharsets.US_ASCII);
        byte[] file = new byte[8192];
        System.arraycopy(header, 0, file, 0, header.length);
        System.arraycopy(header, 0, file, 4096, header.length);
        Files.write(db.resolve("roadmap.mv.db"), file);
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> SandboxDatabase.h2File(home.getRoot().toPath()));
        assertTrue(refused.getMessage(), refused.getMessage().contains("1.4.200") && refused.getMessage().contains(db.toString()));
    }

    @Test
    public void refusesH2ServerModes() {
        assertThrows(IllegalArgumentException.class, () -> SandboxDatabase.open("jdbc:h2:tcp://localhost/x", "sa", ""));
        assertThrows(IllegalArgumentException.class,
                () -> SandboxDatabase.open("jdbc:h2:file:/tmp/x;AUTO_SERVER=TRUE", "sa", ""));
    }
}
