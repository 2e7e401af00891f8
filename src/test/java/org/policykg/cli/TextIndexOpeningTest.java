package org.policykg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.Samples;
import org.policykg.store.KgStore;

/**
 * A command that only reads the graphs never opens the full-text index for writing (Lucene's IndexWriter takes the
 * index's write.lock, and its start-up cost every command paid); a search does.
 */
class TextIndexOpeningTest {

    @Test
    void shouldNotOpenTheTextIndexWhenACommandOnlyReadsButShouldForASearch(@TempDir Path dir) throws Exception {
        try (KgStore store = KgStore.open(dir)) {
            store.replaceAll(List.of(Samples.pipeline().extract(Samples.documents().get(0))));
        }
        Path lock = dir.resolve("text-index").resolve("write.lock");
        assertThat(lock).as("the ingest's writer took the lock").exists();
        // Lucene leaves the file when it releases the lock: removed here, it is made again only by another writer
        Files.delete(lock);

        CommandRun stats = CommandRun.of("--store", dir.toString(), "query", "stats", "--format", "csv");
        CommandRun clauses = CommandRun.of("--store", dir.toString(), "query", "documents", "--format", "csv");

        assertThat(stats.code()).as(stats.err()).isZero();
        assertThat(clauses.code()).as(clauses.err()).isZero();
        assertThat(lock).doesNotExist();

        CommandRun search = CommandRun.of("--store", dir.toString(), "query", "search", "--param", "q=工作", "--format", "csv");

        assertThat(search.code()).as(search.err()).isZero();
        assertThat(search.out().lines().count()).isGreaterThan(1);
        assertThat(lock).exists();
    }
}
