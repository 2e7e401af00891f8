package org.policykg.web.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HighlightsTest {

    private static Fact fact(String kind, int start, int end) {
        return new Fact(kind, start, end, "w", "v", 0.9, "", kind.equals("citation") ? "urn:cited" : null, false, null, false);
    }

    private static final Piece.Anchor CLAUSE = new Piece.Anchor("a1", "一", "urn:doc/a1", true);

    /** The pieces flattened: text as itself, an anchor as [#id], a highlight as {kinds:…}. */
    private static String flat(List<Piece> pieces) {
        StringBuilder b = new StringBuilder();
        for (Piece p : pieces) {
            if (p.text() != null) {
                b.append(p.text());
            } else if (p.anchor() != null) {
                b.append("[#").append(p.anchor().id()).append(']');
            } else {
                b.append('{').append(p.highlight().css().substring("fact ".length())).append(':').append(flat(p.children())).append('}');
            }
        }
        return b.toString();
    }

    @Test
    void shouldNestAFactInsideAnotherAndPutAnAnchorBeforeAFactStartingThere() {
        List<Piece> pieces = Highlights.lay("一、市工信局于6月底前报送。",
                List.of(fact("owner", 2, 6), fact("deadline", 7, 11), fact("threshold", 8, 9)),
                List.of(new Highlights.Start(2, CLAUSE)), f -> null);

        assertThat(flat(pieces)).isEqualTo("一、[#a1]{owner:市工信局}于{deadline:6{threshold:月}底前}报送。");
    }

    @Test
    void shouldPutACorrectedFactOfNoWidthBeforeTheMarksStartingAtItsPlace() {
        Fact corrected = new Fact("owner", 2, 2, "某局", "某局", 1.0, "lead", null, false, "原抽取值“市工信局”", false);
        List<Piece> pieces = Highlights.lay("一、市工信局负责。", List.of(fact("owner", 2, 6), corrected, fact("deadline", 0, 0)),
                List.of(new Highlights.Start(2, CLAUSE)), f -> null);

        assertThat(flat(pieces)).isEqualTo("一、[#a1]{owner corrected:}{owner:市工信局}负责。");
        assertThat(pieces.get(2).highlight().badge()).isEqualTo("责任单位（牵头）：某局");
        assertThat(pieces.get(3).highlight().badge()).isNull();
    }

    @Test
    void shouldShowFactsOfOneSpanAsOneHighlightOfBothKinds() {
        List<Piece> pieces = Highlights.lay("6个月内完成", List.of(fact("deadline", 0, 4), fact("threshold", 0, 4), fact("deadline", 0, 4)),
                List.of(), f -> null);

        assertThat(flat(pieces)).isEqualTo("{deadline threshold:6个月内}完成");
        assertThat(pieces.get(0).highlight().facts()).hasSize(2);
        assertThat(pieces.get(0).highlight().id()).isEqualTo("fact-1");
    }

    @Test
    void shouldCountSpansInCodePointsWhenTheTextHasCharactersOutsideTheBmp() {
        // 𠀋 is two UTF-16 chars but one code point, as the graph counts it
        List<Piece> pieces = Highlights.lay("𠀋市工信局负责", List.of(fact("owner", 1, 5)), List.of(), f -> null);

        assertThat(flat(pieces)).isEqualTo("𠀋{owner:市工信局}负责");
    }

    @Test
    void shouldCutAFactCrossingAnotherAtItsEndAndLeaveOutSpansOutsideTheText() {
        List<Piece> pieces = Highlights.lay("abcdefgh", List.of(fact("owner", 1, 4), fact("deadline", 3, 6), fact("threshold", 6, 99)),
                List.of(), f -> null);

        assertThat(flat(pieces)).isEqualTo("a{owner:bc{deadline:d}}efgh");
    }

    @Test
    void shouldLinkACitationToItsTarget() {
        List<Piece> pieces = Highlights.lay("按《某办法》执行", List.of(fact("citation", 1, 6)), List.of(), f -> "/document?doc=" + f.target());

        assertThat(pieces.get(1).highlight().href()).isEqualTo("/document?doc=urn:cited");
    }
}
