package org.policykg.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policykg.Samples;
import org.policykg.gazetteer.Level;

/** Placing cited documents: data-driven from link/stub-levels.tsv. */
class StubLevelsTest {

    private static final StubLevels LEVELS = new StubLevels(Samples.jurisdictions());

    static List<Map<String, String>> cases() {
        return Samples.manifest("link/stub-levels.tsv");
    }

    private static CitedStub stub(String number, String title) {
        Set<String> numbers = new LinkedHashSet<>();
        Set<String> titles = new LinkedHashSet<>();
        if (!number.isEmpty()) {
            numbers.add(number);
        }
        if (!title.isEmpty()) {
            titles.add(title);
        }
        return new CitedStub("urn:stub", numbers, titles, Set.of());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldPlaceACitedDocumentByItsTitleOrNumber(Map<String, String> c) {
        Optional<Level> level = LEVELS.of(stub(c.get("number"), c.get("title")), List.of());

        assertThat(level.map(Level::notation).orElse("")).as(c.get("note")).isEqualTo(c.get("level"));
    }
}
