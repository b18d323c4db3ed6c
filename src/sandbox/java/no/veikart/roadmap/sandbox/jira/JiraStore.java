package no.veikart.roadmap.sandbox.jira;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Function;

/**
 * The in-memory Jira's "database": one {@link JiraData} behind a lock, saved to {@code <home>/jira-state.json}
 * after every change so that projects, issue types, issues and profiles survive a restart like the AO data does.
 * The file is replaced atomically (temp file + ATOMIC_MOVE): a crash never leaves half a file.
 */
public final class JiraStore {

    private static final String FILE_NAME = "jira-state.json";

    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Object lock = new Object();
    private JiraData data;

    private JiraStore(Path file) {
        this.file = file;
    }

    /** Loads {@code <home>/jira-state.json}, or starts a fresh Jira (and writes it) when there is none. */
    public static JiraStore open(Path home) {
        JiraStore store = new JiraStore(home.toAbsolutePath().normalize().resolve(FILE_NAME));
        try {
            Files.createDirectories(store.file.getParent());
            store.removeLeftoverTempFiles();
            if (Files.exists(store.file)) {
                store.data = store.mapper.readValue(store.file.toFile(), JiraData.class);
            } else {
                store.data = JiraData.initial();
                store.save();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + store.file, e);
        }
        return store;
    }

    public Path file() {
        return file;
    }

    /** Runs a query under the lock; the function must not keep references to mutable parts of the data. */
    public <T> T read(Function<JiraData, T> query) {
        synchronized (lock) {
            return query.apply(data);
        }
    }

    /** Runs a change under the lock and saves the whole state atomically afterwards. */
    public <T> T write(Function<JiraData, T> change) {
        synchronized (lock) {
            T result = change.apply(data);
            save();
            return result;
        }
    }

    /** A kill between writing the temp file and moving it leaves the temp file; the state file itself is whole. */
    private void removeLeftoverTempFiles() throws IOException {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(file.getParent(), FILE_NAME + "*.tmp")) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    private void save() {
        Path dir = file.getParent();
        try {
            Path tmp = Files.createTempFile(dir, FILE_NAME, ".tmp");
            try {
                mapper.writeValue(tmp.toFile(), data);
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
