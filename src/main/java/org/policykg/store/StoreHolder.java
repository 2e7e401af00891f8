package org.policykg.store;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Properties;

/**
 * Which other process holds a store folder, and where a server holding it answers SPARQL. TDB2 writes the holder's
 * process id into {@code tdb.lock} and keeps an OS lock on it, but leaves the file behind after every run, so the file
 * alone cannot tell a crash. A server or an ingest records itself beside it in {@code server.properties} while it runs
 * (a server with its endpoint, so a command can say where to query instead of failing to open the store); a record that
 * outlives its process tells that the process died holding the store.
 */
public final class StoreHolder {

    static final String LOCK = "tdb.lock";
    static final String RECORD = "server.properties";

    /** The process holding a store, and the SPARQL endpoint it serves the store at, if it is a server. */
    public record Holder(Path store, long pid, Optional<String> sparql) {

        /** One line for a command that cannot open the store: who holds it and how to query it instead. */
        public String message(boolean write) {
            String held = "the store " + store + " is held by " + (sparql.isPresent() ? "a running server" : "another process")
                    + " (process " + pid + ")";
            if (sparql.isEmpty()) {
                return held + "; wait until it has finished, or stop it";
            }
            return write ? held + "; stop it before writing, or ingest on start-up with serve --ingest"
                    : held + "; query it at " + sparql.get() + ", or stop it first";
        }
    }

    private StoreHolder() {
    }

    /** The live process, other than this one, that holds the store folder; empty when it is free. */
    public static Optional<Holder> of(Path store) {
        Path lock = store.resolve(LOCK);
        Optional<Long> pid = pidIn(lock).filter(p -> p != ProcessHandle.current().pid())
                .filter(p -> ProcessHandle.of(p).map(ProcessHandle::isAlive).orElse(false));
        if (pid.isEmpty() || !lockedElsewhere(lock)) {
            return Optional.empty();
        }
        return Optional.of(new Holder(store, pid.get(), endpoint(store, pid.get())));
    }

    /** Records that this process holds the store as {@code role} (serving it at {@code sparql}, or null), until {@link #forget}. */
    public static void record(Path store, String role, String sparql) {
        Properties p = new Properties();
        p.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        p.setProperty("role", role);
        if (sparql != null) {
            p.setProperty("sparql", sparql);
        }
        // Written aside and moved into place: a process killed mid-write, or a reader looking meanwhile, never sees a
        // record without its pid.
        Path partial = store.resolve(RECORD + ".partial");
        try {
            try (Writer w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                p.store(w, "the policykg process holding this store; removed when it stops");
            }
            Files.move(partial, store.resolve(RECORD), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void forget(Path store) {
        try {
            Files.deleteIfExists(store.resolve(RECORD));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * When a process recorded in the store died without closing it (kill -9, a crash), one line saying so, and the
     * record is forgotten so that it is said once; empty when no record is left. Call it when {@link #of} is empty.
     */
    public static Optional<String> leftOpen(Path store) {
        Properties p = load(store);
        if (p.getProperty("pid") == null) {
            return Optional.empty();
        }
        forget(store);
        String role = p.getProperty("role", "server");
        return Optional.of("the store " + store + " was left open by " + ("ingest".equals(role) ? "an ingest" : "a server")
                + " (process " + p.getProperty("pid") + ") that stopped without closing it; it opens as of its last commit"
                + ("ingest".equals(role) ? ": ingest again to complete that run" : ""));
    }

    private static Optional<Long> pidIn(Path lock) {
        try {
            return Files.isRegularFile(lock) ? Optional.of(Long.parseLong(Files.readString(lock).strip())) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A pid in the lock file may be stale (a killed process, its number reused): only the OS lock tells. */
    private static boolean lockedElsewhere(Path lock) {
        try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock mine = ch.tryLock();
            if (mine == null) {
                return true;
            }
            mine.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private static Properties load(Path store) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(store.resolve(RECORD), StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            return new Properties();
        }
        return p;
    }

    private static Optional<String> endpoint(Path store, long pid) {
        Properties p = load(store);
        return Long.toString(pid).equals(p.getProperty("pid")) ? Optional.ofNullable(p.getProperty("sparql")) : Optional.empty();
    }
}
