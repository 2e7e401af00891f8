package org.policykg.web.obligations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policykg.query.Solutions.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policykg.CorpusGraph;
import org.policykg.query.QueryCatalog;
import org.policykg.query.QueryFixtures;
import org.policykg.query.QueryRunner;

/**
 * The explorer's rows without an agency, filtered, ordered and paged by the store (web/explorer-rows), are the rows
 * the explorer made before from the whole obligations query: expanded by role, filtered, sorted in Java, then cut
 * (the jurisdiction filter needs places this store lacks: ObligationsBrowserIT covers it).
 */
class ExplorerRowsTest {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Comparator<ObligationRow> ORDER = Comparator.comparing((ObligationRow r) -> r.due().isEmpty())
            .thenComparing(ObligationRow::due).thenComparing(ObligationRow::docTitle).thenComparing(ObligationRow::path);
    private static final LocalDate TODAY = LocalDate.of(2021, 6, 30);

    private final QueryCatalog catalog = CorpusGraph.catalog();
    private final QueryRunner runner = CorpusGraph.runner();
    private final ObligationSearch search = new ObligationSearch(catalog, runner, Integer.MAX_VALUE);

    static Stream<ObligationFilter> filters() {
        return Stream.of(
                filter(null, null, null, null, null, null, null),
                filter("湛江", null, null, null, null, null, null),
                filter(null, null, null, null, null, "city", null),
                filter(null, null, null, null, null, "national", null),
                filter(null, "support", null, null, null, "province", null),
                filter(null, "recipient", null, null, null, null, null),
                filter(null, null, LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31), null, null, null),
                filter(null, "lead", null, null, "overdue", null, null),
                filter(null, null, null, null, "due30", null, null),
                filter(null, null, null, null, "undated", "city", null),
                filter("湛江", null, LocalDate.of(2022, 1, 1), null, "overdue", null, null));
    }

    private static ObligationFilter filter(String doc, String role, LocalDate from, LocalDate to, String status, String level,
                                           String jurisdiction) {
        return new ObligationFilter(null, doc, role, from, to, status, TODAY, level, jurisdiction);
    }

    @ParameterizedTest
    @MethodSource("filters")
    void shouldPageTheSameRowsAsTheWholeAnswerFilteredAndSortedWhenNoAgencyIsNamed(ObligationFilter filter) {
        String doc = filter.doc() == null ? null : QueryFixtures.resolver(CorpusGraph.store(), catalog).resolve(filter.doc());
        List<ObligationRow> before = before(filter, doc);

        List<ObligationRow> paged = new ArrayList<>();
        RowPage first = search.page(filter, doc, 1);
        for (int p = 1; p <= first.pages(); p++) {
            paged.addAll(search.page(filter, doc, p).rows());
        }

        assertThat(first.total()).isEqualTo(before.size());
        assertThat(paged).hasSize(before.size()).containsExactlyInAnyOrderElementsOf(before).isSortedAccordingTo(ORDER);
        assertThat(search.page(filter, doc, first.pages() + 1).rows()).isEqualTo(search.page(filter, doc, first.pages()).rows());
    }

    @Test
    void shouldListNoRowsAndSayHowManyDocumentsWhenTheViewCoversMoreThanItLists() {
        ObligationFilter everything = filter(null, null, null, null, null, null, null);
        ObligationFilter city = filter(null, null, null, null, null, "city", null);
        String doc = QueryFixtures.resolver(CorpusGraph.store(), catalog).resolve("湛江");
        long documents = runner.total(catalog.get("web/documents-in"), Map.of(), null);
        int cityDocuments = Math.toIntExact(runner.total(catalog.get("web/documents-in"), Map.of("level", "city"), null));
        ObligationSearch narrow = new ObligationSearch(catalog, runner, cityDocuments);

        RowPage tooBroad = narrow.page(everything, null, 1);

        assertThat(cityDocuments).isPositive().isLessThan((int) documents);
        assertThat(tooBroad.rows()).isEmpty();
        assertThat(tooBroad.documents()).isEqualTo(documents);
        assertThat(tooBroad.maxDocuments()).isEqualTo(cityDocuments);
        assertThat(narrow.page(city, null, 1).rows()).isEqualTo(search.page(city, null, 1).rows()).isNotEmpty();
        assertThat(narrow.page(everything, doc, 1).rows()).isEqualTo(search.page(everything, doc, 1).rows()).isNotEmpty();
        assertThat(search.page(everything, null, 1).documents()).isZero();
    }

    /** The explorer's rows as it made them before: every row of the obligations query, expanded, filtered, sorted. */
    private List<ObligationRow> before(ObligationFilter filter, String doc) {
        List<ObligationRow> rows = new ArrayList<>();
        runner.select(catalog.get("obligations"), doc != null ? Map.of("doc", doc) : Map.of()).forEachRemaining(s ->
                List.of("lead", "support", "recipient").forEach(role -> {
                    String bodies = text(s, role);
                    String deadline = text(s, "deadline");
                    if (!bodies.isEmpty()) {
                        rows.add(new ObligationRow(DATE.matcher(deadline).matches() ? deadline : "", text(s, "deadlineText"),
                                text(s, "doc"), text(s, "docTitle"), text(s, "path"), text(s, "task"), bodies, role, text(s, "clause")));
                    }
                }));
        Set<String> sources = new HashSet<>();
        Map<String, String> scope = new HashMap<>();
        if (filter.level() != null) {
            scope.put("level", filter.level());
        }
        if (filter.jurisdiction() != null) {
            scope.put("jurisdiction", filter.jurisdiction());
        }
        runner.select(catalog.get("web/documents-in"), scope).forEachRemaining(s -> sources.add(text(s, "doc")));
        return rows.stream().filter(filter::keeps).filter(r -> sources.contains(r.doc())).sorted(ORDER).toList();
    }
}
