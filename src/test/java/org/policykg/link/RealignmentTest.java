package org.policykg.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which batches a pass aligns again, decided from the link state alone. */
class RealignmentTest {

    private static final AlignmentBatch CITY = new AlignmentBatch("4407", List.of("c1", "c2"), List.of("c1", "c2", "p1"), "in-1");
    private static final AlignmentBatch COUNTY = new AlignmentBatch("440781", List.of("k1"), List.of("k1", "c1", "p1"), "in-2");

    private static Map<String, LinkState.Mark> aligned(long generation) {
        return Map.of("c1", new LinkState.Mark("4407", "in-1", generation), "c2", new LinkState.Mark("4407", "in-1", generation),
                "k1", new LinkState.Mark("440781", "in-2", generation));
    }

    @Test
    void shouldAlignNothingAgainWhenNothingChanged() {
        Realignment r = Realignment.of(List.of(CITY, COUNTY), aligned(3), Map.of());

        assertThat(r.batches()).isEmpty();
        assertThat(r.orphans()).isEmpty();
    }

    @Test
    void shouldAlignEveryBatchAPendingDocumentTakesPartInAsChildOrParent() {
        assertThat(Realignment.of(List.of(CITY, COUNTY), aligned(3), Map.of("c1", 4L)).batches()).containsExactly(CITY, COUNTY);
        assertThat(Realignment.of(List.of(CITY, COUNTY), aligned(3), Map.of("k1", 4L)).batches()).containsExactly(COUNTY);
    }

    @Test
    void shouldNotAlignAgainABatchAlignedAfterItsDocumentWasStoredWhenResumingAPassCutShort() {
        assertThat(Realignment.of(List.of(CITY, COUNTY), aligned(4), Map.of("p1", 4L)).batches()).isEmpty();
    }

    @Test
    void shouldAlignAgainWhenTheInputChangedOrAChildLeftAndDropTheAlignmentsOfAnOrphan() {
        AlignmentBatch displaced = new AlignmentBatch("4407", List.of("c1"), List.of("c1", "p2"), "in-3");

        Realignment r = Realignment.of(List.of(displaced, COUNTY), aligned(3), Map.of());

        assertThat(r.batches()).containsExactly(displaced);
        assertThat(r.orphans()).containsExactly("c2");
    }

    @Test
    void shouldCutTheBatchesIntoChunksOfAboutSoManyDocuments() {
        Realignment r = new Realignment(List.of(CITY, COUNTY, CITY), java.util.Set.of());

        assertThat(r.chunks(5)).containsExactly(List.of(CITY, COUNTY), List.of(CITY));
    }
}
