package org.policykg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.Samples;
import org.policykg.rdf.MappedDocument;
import org.policykg.store.KgStore;

/**
 * One file whose extraction never ends on its own (it spins, deaf to interrupts, as a pathological parse would) is
 * abandoned at the per-file time limit (10 s here) with one line naming it and the limit, and the other files still load.
 */
class IngestTimeLimitTest {

    private final KgStore store = KgStore.inMemory();
    private final AtomicBoolean release = new AtomicBoolean();
    private final AtomicBoolean slowEnded = new AtomicBoolean();

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        release.set(true);
        store.close();
    }

    /** The standard extraction, except for files named slow*, which spin until the test releases them. */
    private Function<Path, MappedDocument> slowOn(String prefix) {
        Function<Path, MappedDocument> standard = Samples.pipeline()::extract;
        return file -> {
            if (file.getFileName().toString().startsWith(prefix)) {
                while (!release.get()) {
                    Thread.onSpinWait();
                }
                slowEnded.set(true);
            }
            return standard.apply(file);
        };
    }

    @Test
    void shouldAbandonAFileOverTheTimeLimitAndLoadTheOthers() throws Exception {
        Path slow = Files.copy(Samples.documents().get(0), dir.resolve("slow.txt"));
        Samples.pipeline().extract(Samples.documents().get(0)); // the segmenter's dictionaries are loaded before the clock runs
        // a limit that any sample keeps even on a crowded machine, and the spinning file never does
        IngestService ingest = new IngestService(slowOn("slow"), store, null, WriteBudget.DEFAULT, Duration.ofSeconds(10));

        IngestReport r = ingest.ingest(List.of(Samples.CORPUS, slow), IngestListener.NONE);

        assertThat(slowEnded).as("the slow extraction was left behind, still running").isFalse();
        assertThat(r.errors()).containsExactly(slow + ": not read: still being extracted after 10 s, the limit per file "
                + "(setting policykg.ingest.max-file-time); abandoned");
        assertThat(r.documents()).isEqualTo(5);
        assertThat(store.documentCount()).isEqualTo(5);
    }
}
