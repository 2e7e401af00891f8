package org.policykg.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policykg.Samples;
import org.policykg.ingest.IngestListener;
import org.policykg.ingest.IngestService;
import org.policykg.query.QueryCatalog;
import org.policykg.query.QueryFixtures;
import org.policykg.store.KgStore;
import org.policykg.store.ReferenceFixture;

/**
 * Each sample saved as .docx, .doc, .html and .pdf (src/test/resources/formats, made as its README says) answers
 * obligations.rq, thresholds.rq and citations.rq with the same rows as the plain-text original. Runs of blanks
 * compare as one: the original's blank lines between paragraph lines are layout, not text.
 */
class FormatGoldenTest {

    private static final Path FORMATS = Path.of("src/test/resources/formats");
    private static final QueryCatalog CATALOG = new QueryCatalog();
    private static final List<String> QUERIES = List.of("obligations", "thresholds", "citations");
    private static final UnaryOperator<String> LAYOUT_BLANKS = v -> v.replaceAll("\\s+", " ");
    private static Map<String, List<String>> text;

    @BeforeAll
    static void readTheTextOriginals() {
        text = answers(Samples.documents(), LAYOUT_BLANKS);
    }

    @AfterAll
    static void forget() {
        text = null;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"docx", "doc", "html"})
    void shouldAnswerAsTheTextOriginalWhenReadFromAnotherFormat(String ext) {
        Map<String, List<String>> other = answers(fixtures(ext), LAYOUT_BLANKS);

        QUERIES.forEach(q -> assertThat(other.get(q)).as(q + " from ." + ext).isNotEmpty().isEqualTo(text.get(q)));
    }

    /**
     * A PDF keeps no word spaces (PDFBox sees a gap wherever the font changes, so Chinese text is read without
     * any), and LibreOffice 7.4 leaves a comma or full stop hanging past the right margin out of the printed page
     * altogether (see the rendered page); values compare without blanks and without those three marks.
     */
    @org.junit.jupiter.api.Test
    void shouldAnswerAsTheTextOriginalWhenReadFromPdfAsidePrintedBlanksAndHangingPunctuation() {
        UnaryOperator<String> printed = v -> v.replaceAll("[\\s，。、]", "");
        Map<String, List<String>> original = answers(Samples.documents(), printed);
        Map<String, List<String>> pdf = answers(fixtures("pdf"), printed);

        QUERIES.forEach(q -> assertThat(pdf.get(q)).as(q + " from .pdf").isNotEmpty().isEqualTo(original.get(q)));
    }

    static List<Path> fixtures(String ext) {
        return Samples.documents().stream()
                .map(p -> FORMATS.resolve(p.getFileName().toString().replace(".txt", "." + ext))).toList();
    }

    /** Per query, its rows as lines of the columns' values, in the query's order. */
    static Map<String, List<String>> answers(List<Path> files, UnaryOperator<String> value) {
        try (KgStore store = ReferenceFixture.storeWithReference()) {
            new IngestService(Samples.pipeline(), store).ingest(files, IngestListener.NONE);
            Map<String, List<String>> out = new LinkedHashMap<>();
            for (String q : QUERIES) {
                ResultSetRewindable rs = QueryFixtures.runner(store, CATALOG).select(CATALOG.get(q), Map.of());
                List<String> rows = new ArrayList<>();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    rows.add(String.join(" | ", rs.getResultVars().stream().map(v -> value.apply(lexical(s.get(v)))).toList()));
                }
                out.put(q, rows);
            }
            return out;
        }
    }

    private static String lexical(RDFNode n) {
        return n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }
}
