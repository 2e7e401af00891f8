package org.policykg.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.policykg.CorpusGraph;
import org.policykg.web.search.SearchHit.Part;

/** The search box over the sample corpus: phrases, the loose fallback, and input that would be Lucene syntax. */
class ClauseSearchTest {

    private final ClauseSearch search = new ClauseSearch(CorpusGraph.catalog(), CorpusGraph.runner());

    private static String marked(SearchHit hit) {
        return hit.snippet().stream().filter(Part::mark).map(Part::text).collect(Collectors.joining("|"));
    }

    @Test
    void shouldFindAChinesePhraseAndMarkItInEverySnippet() {
        ClauseSearch.Answer a = search.find("安全生产");

        assertThat(a.loose()).isFalse();
        assertThat(a.hits()).hasSizeGreaterThan(3).allSatisfy(h -> {
            assertThat(marked(h)).contains("安全生产");
            assertThat(h.clause()).startsWith("https://");
            assertThat(h.docTitle()).isNotBlank();
        });
    }

    @Test
    void shouldRequireEveryPhraseTyped() {
        var safety = search.find("安全生产").hits().stream().map(SearchHit::clause).toList();
        var energy = search.find("节能").hits().stream().map(SearchHit::clause).toList();

        assertThat(search.find("安全生产 节能").hits()).isNotEmpty().hasSizeLessThan(safety.size()).extracting(SearchHit::clause)
                .allSatisfy(c -> assertThat(c).isIn(safety).isIn(energy));
    }

    @Test
    void shouldSearchTheWordsLooselyWhenNoTextHoldsThePhrase() {
        ClauseSearch.Answer a = search.find("生产安全监察");

        assertThat(a.loose()).isTrue();
        assertThat(a.hits()).isNotEmpty();
    }

    @Test
    void shouldTakeLuceneSyntaxAsPlainWords() {
        assertThat(search.find("\"安全生产 AND (").hits()).isNotEmpty();
        assertThat(search.find("NOT OR").hits()).isEmpty();
        assertThat(search.find("   ").hits()).isEmpty();
        assertThat(search.find(null).hits()).isEmpty();
    }

    @Test
    void shouldCutAHighlightedSnippetIntoMarkedAndPlainParts() {
        assertThat(Snippets.parts("加大↦节能↤监察<b>∣下达↦节能↤"))
                .containsExactly(new Part("加大", false, false), new Part("节能", true, false), new Part("监察<b>", false, false),
                        new Part(" … ", false, true), new Part("下达", false, false), new Part("节能", true, false));
    }
}
