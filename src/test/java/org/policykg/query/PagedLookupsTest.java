package org.policykg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.ResultSetRewindable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.CorpusGraph;
import org.policykg.Samples;
import org.policykg.bench.SyntheticCorpus;
import org.policykg.ingest.IngestListener;
import org.policykg.ingest.IngestService;
import org.policykg.store.KgStore;
import org.policykg.store.ReferenceFixture;

/**
 * due-between and reporting-chain, whose rows come out in order by construction (sort keys first, display columns per
 * row), answer as their earlier versions did (test resources queries/before-pages, ties broken the same way): the same
 * rows in the same order, with and without a jurisdiction, whole and paged, on the samples and a synthetic corpus.
 */
class PagedLookupsTest {

    private static final List<Page> PAGES = List.of(new Page(7, 0), new Page(7, 3), new Page(100, 0), new Page(100, 100));

    @TempDir
    Path dir;

    @Test
    void shouldAnswerAsBeforeWholeAndPagedOnTheSamples() {
        try (KgStore store = withReference(Samples.CORPUS)) {
            int answered = assertAsBefore(store);

            assertThat(answered).isGreaterThanOrEqualTo(6);
        }
    }

    @Test
    void shouldAnswerAsBeforeWholeAndPagedOnASyntheticCorpus() throws IOException {
        SyntheticCorpus.write(12, 3, dir);
        try (KgStore store = withReference(dir)) {
            int answered = assertAsBefore(store);

            assertThat(answered).isGreaterThanOrEqualTo(6);
        }
    }

    /** The documents of a folder in a store with the reference graphs (places and their names), as the application has them. */
    private static KgStore withReference(Path folder) {
        KgStore store = ReferenceFixture.storeWithReference();
        new IngestService(Samples.pipeline(), store).ingest(List.of(folder), IngestListener.NONE);
        return store;
    }

    /** Compares every parameter set of both queries; returns how many of them had rows. */
    private static int assertAsBefore(KgStore store) {
        QueryRunner runner = QueryFixtures.runner(store, CorpusGraph.catalog());
        int answered = 0;
        for (Map<String, String> p : dueBetweenParams(runner)) {
            answered += assertAsBefore(runner, "due-between", p);
        }
        for (Map<String, String> p : reportingChainParams(runner)) {
            answered += assertAsBefore(runner, "reporting-chain", p);
        }
        return answered;
    }

    private static int assertAsBefore(QueryRunner runner, String name, Map<String, String> params) {
        NamedQuery now = CorpusGraph.catalog().get(name);
        NamedQuery before = NamedQuery.parse(name, resource("queries/before-pages/" + name + ".rq"));
        List<String> all = rows(runner.select(now, params));
        assertThat(all).as("%s %s", name, params).isEqualTo(rows(runner.select(before, params)));
        for (Page page : PAGES) {
            List<String> paged = rows(runner.select(now, params, page, null));
            assertThat(paged).as("%s %s %s", name, params, page)
                    .isEqualTo(all.subList((int) Math.min(page.offset(), all.size()), (int) Math.min(page.offset() + page.limit(), all.size())))
                    .isEqualTo(rows(runner.select(before, params, page, null)));
        }
        assertThat(runner.total(now, params, null)).isEqualTo(all.size());
        return all.isEmpty() ? 0 : 1;
    }

    /** A wide window and a one-year window, everywhere and in the places the wide window's rows name. */
    private static List<Map<String, String>> dueBetweenParams(QueryRunner runner) {
        Map<String, String> wide = Map.of("from", "2000-01-01", "to", "2040-12-31");
        List<Map<String, String>> params = new ArrayList<>(List.of(wide, Map.of("from", "2021-01-01", "to", "2021-12-31")));
        for (String place : places(runner, "due-between", wide)) {
            params.add(Map.of("from", "2000-01-01", "to", "2040-12-31", "jurisdiction", place));
            params.add(Map.of("from", "2021-01-01", "to", "2022-12-31", "jurisdiction", place));
        }
        return params;
    }

    private static List<Map<String, String>> reportingChainParams(QueryRunner runner) {
        List<Map<String, String>> params = new ArrayList<>(List.of(Map.of()));
        places(runner, "reporting-chain", Map.of()).forEach(place -> params.add(Map.of("jurisdiction", place)));
        return params;
    }

    /** Up to three jurisdictions named in the query's rows. */
    private static Set<String> places(QueryRunner runner, String name, Map<String, String> params) {
        Set<String> places = new LinkedHashSet<>();
        ResultSetRewindable rs = runner.select(CorpusGraph.catalog().get(name), params);
        rs.forEachRemaining(s -> {
            String place = Solutions.text(s, "jurisdictionName");
            if (place != null && !place.isEmpty() && places.size() < 3) {
                places.add(place);
            }
        });
        return places;
    }

    private static List<String> rows(ResultSetRewindable rs) {
        List<String> out = new ArrayList<>();
        rs.reset();
        rs.forEachRemaining(s -> out.add(String.join("|", rs.getResultVars().stream().map(v -> Solutions.text(s, v)).toList())));
        return out;
    }

    private static String resource(String path) {
        try (InputStream in = PagedLookupsTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
