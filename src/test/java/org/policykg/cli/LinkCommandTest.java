package org.policykg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.Samples;
import org.policykg.link.LinkState;
import org.policykg.store.KgStore;

/** {@code link [--all]}: completes what an interrupted ingest left pending, says when nothing is, recomputes on request. */
class LinkCommandTest {

    @Test
    void shouldCompleteThePendingDocumentsThenSayNothingIsPendingAndRecomputeAllOnRequest(@TempDir Path dir) {
        try (KgStore store = KgStore.open(dir)) {
            // as an ingest killed before its pass leaves them: stored and pending
            LinkState.replace(store, Samples.documents().stream().map(Samples.pipeline()::extract).toList());
        }

        CommandRun first = CommandRun.of("--store", dir.toString(), "link");
        CommandRun second = CommandRun.of("--store", dir.toString(), "link");
        CommandRun all = CommandRun.of("--store", dir.toString(), "link", "--all");

        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("clause alignments in").contains("for 5 pending documents");
        assertThat(second.out().strip()).isEqualTo("no documents pending: the links and clause alignments are complete");
        assertThat(all.code()).isZero();
        assertThat(all.out()).contains("for 5 pending documents");
    }
}
