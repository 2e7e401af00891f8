package org.policykg.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policykg.Samples;
import org.policykg.annotate.agency.AgencyMention;
import org.policykg.annotate.agency.Successions;

class DocumentFactsTest {

    private static final DocumentFacts WUHU = Samples.pipeline().annotate(Samples.file("002_2271524e11752f97.txt"));

    private static List<AgencyMention> owners(String label) {
        return WUHU.nodes().stream().flatMap(n -> n.owners().stream()).map(l -> l.fact().agency())
                .filter(a -> a.label().equals(label)).toList();
    }

    @Test
    void shouldCarryTheRenamesOfABodyTheReformRenamed() {
        assertThat(owners("芜湖市银监局")).isNotEmpty().allSatisfy(a -> assertThat(WUHU.renamesOf(a))
                .extracting(Successions.Rename::successor).containsExactly("芜湖市银保监局", "芜湖市金融监管局"));
    }

    @Test
    void shouldCarryNoRenamesForABodyTheReformKept() {
        assertThat(owners("芜湖市发展和改革委员会")).isNotEmpty().allSatisfy(a -> assertThat(WUHU.renamesOf(a)).isEmpty());
    }
}
