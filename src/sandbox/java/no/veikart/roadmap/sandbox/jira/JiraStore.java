package no.veikart.roadmap.sandbox.jira;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * The in-memory Jira's "database": one {@link JiraData} behind a lock, saved to {@code <home>/jira-state.json}
 * after every change so that projects, issue types, issues and profiles survive a restart like the AO data does.
 * The file is replaced atomically (temp file + ATOMIC_MOVE): a crash never leaves half a file.
 *
 * <p>Readers share a read lock. A change holds the write lock only to apply itself and take a snapshot in memory;
 * the snapshot is written after the lock is released, newest first (an older snapshot never overwrites a newer one,
 * which contains it), so requests do not queue behind a slow disk (seen under {@code SandboxLoadBenchmark}).
 * {@link #write} still returns only once its change is on disk, so a caller's next step (e.g. Active Objects rows
 * for a new issue) never gets ahead of it.
 */
public final class JiraStore {

    private static final String FILE_NAME = "jira-state.json";

    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Object fileLock = new Object();
    private JiraData data;
    /** Snapshots taken (under the write lock) and the newest one on disk (under fileLock). */
    private long snapshots;
    private long saved;
    /** Depth of {@link #batch} calls: while above 0, writes change the data but leave the file to the batch's end. */
    private final java.util.concurrent.atomic.AtomicInteger batches = new java.util.concurrent.atomic.AtomicInteger();

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
                store.save(store.mapper.writeValueAsBytes(store.data), ++store.snapshots);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + store.file, e);
        }
        return store;
    }

    public Path file() {
        return file;
    }

    /** Runs a query under the read lock; the function must not keep references to mutable parts of the data. */
    public <T> T read(Function<JiraData, T> query) {
        lock.readLock().lock();
        try {
            return query.apply(data);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Runs {@code work} with the file written once, at its end, instead of after every change: the demo data's
     * hundreds of issues would otherwise write the whole state hundreds of times. A crash inside the batch loses all
     * of its Jira changes (not the Active Objects rows written meanwhile), so only a load that is redone from
     * scratch on failure (the demo, in a fresh home) may use it.
     */
    public <T> T batch(java.util.function.Supplier<T> work) {
        batches.incrementAndGet();
        try {
            return work.get();
        } finally {
            batches.decrementAndGet();
            write(d -> null);
        }
    }

    /** Runs a change under the write lock and saves the whole state atomically before returning. */
    public <T> T write(Function<JiraData, T> change) {
        if (lock.getReadHoldCount() > 0) {
            // A read lock cannot be upgraded: this would wait for itself forever.
            throw new IllegalStateException("JiraStore.write inside JiraStore.read");
        }
        T result;
        byte[] snapshot;
        long number;
        lock.writeLock().lock();
        try {
            result = change.apply(data);
            if (batches.get() > 0) {
                return result;
            }
            snapshot = mapper.writeValueAsBytes(data);
            number = ++snapshots;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot serialise the Jira state", e);
        } finally {
            lock.writeLock().unlock();
        }
        save(snapshot, number);
        return result;
    }

    /** A kill between writing the temp file and moving it leaves the temp file; the state file itself is whole. */
    private void removeLeftoverTempFiles() throws IOException {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(file.getParent(), FILE_NAME + "*.tmp")) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    private void save(byte[] snapshot, long number) {
        synchronized (fileLock) {
            if (number <= saved) {
                return;
            }
            try {
                Path tmp = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
                try {
                    Files.write(tmp, snapshot);
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    saved = number;
                } finally {
                    Files.deleteIfExists(tmp);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + file, e);
            }
        }
    }
}
