package org.policykg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policykg.Samples;
import org.policykg.query.QueryCatalog;
import org.policykg.query.QueryFixtures;
import org.policykg.store.KgStore;

/**
 * The bad-input corpus of src/test/resources/bad-input, one manifest row per case: ingested beside the sample
 * corpus, each case gives its one-line outcome (no stack trace), adds the documents it says, and leaves the good
 * documents as they are without it (the same count and the same answer to the documents query).
 */
class BadInputCorpusTest {

    // The outcome of each input is checked here, not the per-file time limit (IngestTimeLimitTest): the 5 MB one-line
    // file can take over the default 60 s on a loaded 2-core machine.
    private static final Duration OUTCOME_TIME = Duration.ofMinutes(10);


    private static final Path ROOT = Path.of("src/test/resources/bad-input");
    private static final QueryCatalog CATALOG = new QueryCatalog();
    private static final DocumentPipeline PIPELINE = Samples.pipeline();
    private static Map<String, String> goodDocuments;

    /** One manifest row. */
    record Case(String input, String outcome, String message, int documents, String title) {
        @Override
        public String toString() {
            return input;
        }
    }

    @BeforeAll
    static void baseline() {
        try (KgStore store = KgStore.inMemory()) {
            new IngestService(PIPELINE, store).ingest(List.of(Samples.CORPUS), IngestListener.NONE);
            goodDocuments = documents(store);
        }
    }

    static Stream<Case> cases() throws IOException {
        return Files.readAllLines(ROOT.resolve("manifest.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank() && !l.startsWith("case\t"))
                .map(l -> l.split("\t", -1))
                .map(f -> new Case(f[0], f[1], f[2], Integer.parseInt(f[3]), f[4]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldGiveTheStatedOneLineOutcomeAndKeepTheGoodDocumentsIntact(Case c, @TempDir Path tmp) throws Exception {
        if (c.input().equals("generated:unreadable")) {
            assumeTrue(!"root".equals(System.getProperty("user.name")), "root reads every file");
        }
        Path input = c.input().startsWith("generated:") ? BadInputs.make(c.input().substring("generated:".length()), tmp)
                : ROOT.resolve(c.input());
        try (KgStore store = KgStore.inMemory()) {
            IngestReport r = new IngestService(PIPELINE, store, null, OUTCOME_TIME).ingest(List.of(Samples.CORPUS, input), IngestListener.NONE);

            List<String> lines = new ArrayList<>(r.errors());
            lines.addAll(r.warnings());
            assertThat(lines).allSatisfy(l -> assertThat(l).doesNotContain("\n", "\tat ", "Exception:"));
            switch (c.outcome()) {
                case "fails" -> assertThat(r.errors()).singleElement().asString().contains(c.message());
                case "warns" -> {
                    assertThat(r.errors()).isEmpty();
                    assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains(c.message()));
                }
                default -> {
                    assertThat(c.outcome()).isEqualTo("loads");
                    assertThat(r.errors()).isEmpty();
                }
            }
            assertThat(store.documentCount()).isEqualTo(goodDocuments.size() + c.documents()).isEqualTo(r.documents());
            Map<String, String> now = documents(store);
            goodDocuments.forEach((doc, row) -> assertThat(now.get(doc)).as(doc).isEqualTo(row));
            if (!c.title().equals("-")) {
                assertThat(now.keySet()).filteredOn(d -> !goodDocuments.containsKey(d))
                        .anySatisfy(d -> assertThat(now.get(d)).contains(c.title()));
            }
        }
    }

    /** Each document's row of the documents query (title, number, level, jurisdiction, year, date, clauses, source). */
    private static Map<String, String> documents(KgStore store) {
        ResultSetRewindable rs = QueryFixtures.runner(store, CATALOG).select(CATALOG.get("documents"), Map.of());
        Map<String, String> out = new TreeMap<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            List<String> row = new ArrayList<>();
            rs.getResultVars().forEach(v -> row.add(s.get(v) == null ? "" : s.get(v).toString()));
            out.put(s.getResource("doc").getURI(), String.join("\t", row));
        }
        return out;
    }
}
