package no.veikart.roadmap.sandbox.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.Test;

/** {@link JiraStore#batch}: changes inside are kept in memory and reach the file once, when the batch ends. */
public class JiraStoreBatchTest {

    private static String onDisk(Path home) throws Exception {
        return Files.readString(home.resolve("jira-state.json"));
    }

    @Test
    public void aBatchWritesTheFileOnceAtItsEnd() throws Exception {
        Path home = Files.createDirectories(Path.of("target", "jira-store-batch", String.valueOf(System.nanoTime())));
        JiraStore store = JiraStore.open(home);
        store.batch(() -> {
            store.write(d -> d.userLanguages.put("member", "da"));
            try {
                assertFalse("not on disk inside the batch", onDisk(home).contains("\"member\" : \"da\""));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            assertEquals("da", store.read(d -> d.userLanguages.get("member")));
            return null;
        });
        assertTrue(onDisk(home).contains("\"member\" : \"da\""));
        // Outside a batch every write is on disk when it returns, as before.
        store.write(d -> d.userLanguages.put("viewer", "sv"));
        assertTrue(onDisk(home).contains("\"viewer\" : \"sv\""));
    }

    @Test
    public void aFailingBatchStillSavesWhatItChanged() throws Exception {
        Path home = Files.createDirectories(Path.of("target", "jira-store-batch", String.valueOf(System.nanoTime())));
        JiraStore store = JiraStore.open(home);
        assertThrows(IllegalStateException.class, () -> store.batch(() -> {
            store.write(d -> d.userLanguages.put("admin", "fi"));
            throw new IllegalStateException("demo failed");
        }));
        assertTrue(onDisk(home).contains("\"admin\" : \"fi\""));
        store.write(d -> d.userLanguages.put("admin", "nb"));
        assertTrue("writes are immediate again after the batch", onDisk(home).contains("\"admin\" : \"nb\""));
    }
}
