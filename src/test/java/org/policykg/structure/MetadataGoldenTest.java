package org.policykg.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policykg.Samples;
import org.policykg.read.DocumentReader;
import org.policykg.read.Overrides;

/** Metadata of the samples, from golden/metadata.tsv: taken from the text, overrides only where declared. */
class MetadataGoldenTest {

    static Stream<Map<String, String>> expected() {
        return Samples.manifest("golden/metadata.tsv").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expected")
    void shouldExtractTheDocumentsOwnMetadata(Map<String, String> row) {
        var file = Samples.file(row.get("file"));
        ParsedDocument doc = new StructureParser().parse(new DocumentReader().read(file).text());
        DocumentMetadata m = new MetadataExtractor(Samples.jurisdictions()).extract(doc, Overrides.forSource(file));

        assertThat(m.title()).isEqualTo(row.get("title"));
        assertThat(orEmpty(m.alternativeTitle())).isEqualTo(row.get("alternativeTitle"));
        assertThat(orEmpty(m.issuer())).isEqualTo(row.get("issuer"));
        assertThat(orEmpty(m.number())).isEqualTo(row.get("number"));
        assertThat(m.dateIssued() == null ? "" : m.dateIssued().toString()).isEqualTo(row.get("date"));
        assertThat(m.jurisdiction() == null ? "" : m.jurisdiction().code()).isEqualTo(row.get("jurisdiction"));
        assertThat(m.level().name()).isEqualTo(row.get("level"));
        assertThat(m.planYear() == null ? "" : m.planYear().toString()).isEqualTo(row.get("year"));
        assertThat(String.join(",", m.overridden())).isEqualTo(row.get("overridden"));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
