package org.policykg.annotate.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LabelIndexTest {

    private static final LabelIndex INDEX = new LabelIndex(Map.of(
            "铝", Set.of("aluminium"),
            "电解铝", Set.of("electrolytic-aluminium"),
            "化工", Set.of("chemicals"),
            "石油化工", Set.of("petrochemicals"),
            "铅锌冶炼", Set.of("lead", "zinc")), Set.of("工作"));

    @Test
    void shouldPreferTheLongestLabelSoTheShorterOneInsideItDoesNotCount() {
        assertThat(concepts("新建电解铝项目")).containsExactly(Set.of("electrolytic-aluminium"));
        assertThat(concepts("石油化工企业")).containsExactly(Set.of("petrochemicals"));
    }

    @Test
    void shouldStillMatchTheShortLabelOnItsOwn() {
        assertThat(concepts("再生铝和化工")).containsExactly(Set.of("aluminium"), Set.of("chemicals"));
    }

    @Test
    void shouldGiveEveryConceptThatSharesALabel() {
        assertThat(concepts("铅锌冶炼")).containsExactly(Set.of("lead", "zinc"));
    }

    @Test
    void shouldSkipALabelWhereABoundaryWordCrossesItsEdge() {
        assertThat(concepts("推进常态化工作机制")).isEmpty();
        assertThat(concepts("化工工作")).containsExactly(Set.of("chemicals"));
    }

    @Test
    void shouldFindTheLongestLabelEndingAtAPosition() {
        String text = "电解铝方面";

        LabelIndex.Hit hit = INDEX.endingAt(text, text.indexOf("方面"));

        assertThat(hit.start()).isZero();
        assertThat(hit.concepts()).containsExactly("electrolytic-aluminium");
        assertThat(INDEX.endingAt("其他方面", 2)).isNull();
    }

    private static List<Set<String>> concepts(String text) {
        return INDEX.scan(text).stream().map(LabelIndex.Hit::concepts).toList();
    }
}
