package org.policykg.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** How the pass groups its alignment chunks into write transactions. */
class PassCommitsTest {

    @Test
    void shouldCommitEachChunkAloneWhenThePassHasFewChunks() {
        assertThat(CrossDocumentLinker.commits(List.of("a", "b", "c")))
                .containsExactly(List.of("a"), List.of("b"), List.of("c"));
    }

    @Test
    void shouldCommitManyChunksInAtMostEightTransactionsInTheirOrder() {
        List<Integer> chunks = IntStream.range(0, 125).boxed().toList();

        List<List<Integer>> commits = CrossDocumentLinker.commits(chunks);

        assertThat(commits).hasSizeLessThanOrEqualTo(CrossDocumentLinker.MAX_COMMITS);
        assertThat(commits.stream().flatMap(List::stream).toList()).isEqualTo(chunks);
    }

    @Test
    void shouldCommitNothingWhenNoChunkIsPending() {
        assertThat(CrossDocumentLinker.commits(List.of())).isEmpty();
    }
}
