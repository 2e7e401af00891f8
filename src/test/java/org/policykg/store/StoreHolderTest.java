package org.policykg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store whose recorded holder is gone is told once, in one line, and is not taken for a held store. */
class StoreHolderTest {

    private static long deadProcess() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    private static void leave(Path store, long pid, String role) throws Exception {
        Files.writeString(store.resolve("tdb.lock"), Long.toString(pid));
        Files.writeString(store.resolve("server.properties"), "pid=" + pid + "\nrole=" + role + "\n");
    }

    @Test
    void shouldTellOnceThatAnIngestDiedHoldingTheStore(@TempDir Path store) throws Exception {
        long pid = deadProcess();
        leave(store, pid, "ingest");

        assertThat(StoreHolder.of(store)).isEmpty();
        assertThat(StoreHolder.leftOpen(store)).hasValueSatisfying(line -> assertThat(line)
                .doesNotContain("\n").contains("left open by an ingest (process " + pid + ")").contains("ingest again"));
        assertThat(StoreHolder.leftOpen(store)).isEmpty();
        assertThat(store.resolve("server.properties")).doesNotExist();
    }

    @Test
    void shouldNotTakeALiveProcessThatHoldsNoLockForTheHolder(@TempDir Path store) throws Exception {
        Process unrelated = new ProcessBuilder("sleep", "30").start();
        try {
            leave(store, unrelated.pid(), "server");

            assertThat(StoreHolder.of(store)).isEmpty();
            assertThat(StoreHolder.leftOpen(store)).hasValueSatisfying(line -> assertThat(line)
                    .contains("left open by a server (process " + unrelated.pid() + ")"));
        } finally {
            unrelated.destroy();
        }
    }

    @Test
    void shouldSayNothingWhenTheLastHolderClosedTheStore(@TempDir Path store) throws Exception {
        Files.writeString(store.resolve("tdb.lock"), Long.toString(deadProcess()));

        assertThat(StoreHolder.of(store)).isEmpty();
        assertThat(StoreHolder.leftOpen(store)).isEmpty();
    }

    @Test
    void shouldPutTheWholeRecordInPlaceAtOnceAndLeaveNothingAside(@TempDir Path store) throws Exception {
        StoreHolder.record(store, "server", "http://localhost:1/policy/sparql");

        try (var files = Files.list(store)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("server.properties");
        }
        assertThat(Files.readString(store.resolve("server.properties")))
                .contains("pid=" + ProcessHandle.current().pid()).contains("role=server");
    }
}
