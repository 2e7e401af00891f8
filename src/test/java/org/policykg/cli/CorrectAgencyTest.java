package org.policykg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.Samples;
import org.policykg.rdf.CORR;

/**
 * Corrections of agency nodes (#16) on the 湛江 sample, which names one bureau as 湛江市发展和改革委员会 and as
 * 湛江市发展和改革局: merged, they are one body in the agencies listing, the queries by agency, the tables and the
 * rules; an alias split off becomes a body of its own. Both hold after a re-ingest, and undo restores the extracted view.
 */
class CorrectAgencyTest {

    private static final String ZHANJIANG = "001_dbc454e0257d42c0.txt";
    private static final String KEPT = "湛江市发展和改革局";
    private static final String MERGED = "湛江市发展和改革委员会";

    private static String ingested(Path dir) {
        String store = dir.resolve("store").toString();
        CommandRun ingest = CommandRun.of("--store", store, "ingest", Samples.file(ZHANJIANG).toString());
        assertThat(ingest.code()).as(ingest.err()).isZero();
        return store;
    }

    private static CommandRun run(String store, String... args) {
        return CommandRun.of(Stream.concat(Stream.of("--store", store), Stream.of(args)).toArray(String[]::new));
    }

    /** agencies' ORDER BY: kind (second column), then name (first). */
    private static final Comparator<String> KIND_THEN_NAME = Comparator.<String, String>comparing(a -> a.split(",")[1])
            .thenComparing(a -> a.split(",")[0]);

    /** The agencies listing as label,aliases. */
    private static List<String> agencies(String store, String... more) {
        return run(store, Stream.concat(Stream.of("query", "agencies", "--format", "csv"), Stream.of(more)).toArray(String[]::new))
                .out().lines().skip(1).map(l -> String.join(",", List.of(l.split(",")).subList(0, 5))).toList();
    }

    private static String id(String store, String field) {
        return run(store, "correct", "list", "--format", "csv").out().lines().filter(l -> l.contains("," + field + ","))
                .findFirst().orElseThrow().split(",")[0];
    }

    @Test
    void shouldMergeTwoAgenciesEverywhereKeepTheMergeOnReingestAndUndoIt(@TempDir Path dir) {
        String store = ingested(dir);
        assertThat(run(store, "check", "--rule", "agency-two-names").out()).contains(MERGED);

        CommandRun merge = run(store, "correct", "merge-agency", KEPT, MERGED, "--by", "审核员", "--note", "同一机构");
        assertThat(merge.code()).as(merge.err()).isZero();
        assertThat(run(store, "ingest", Samples.file(ZHANJIANG).toString()).code()).isZero();

        assertThat(agencies(store)).noneMatch(a -> a.startsWith(MERGED + ","))
                .anySatisfy(a -> assertThat(a).startsWith(KEPT + ",").contains("|" + MERGED))
                // the merged body, computed as the query runs, among the stored rows in the query's order
                .isSortedAccordingTo(KIND_THEN_NAME);
        assertThat(run(store, "query", "obligations-of-agency", "--param", "agency=" + MERGED, "--format", "csv").out().lines().skip(1))
                .filteredOn(l -> l.contains(",湛江市2021年推动落后产能退出工作方案,")).isNotEmpty().allMatch(l -> l.startsWith(KEPT + ","));
        assertThat(run(store, "table", "湛江", "--format", "csv").out()).doesNotContain(MERGED).contains(KEPT);
        assertThat(run(store, "check", "--rule", "agency-two-names").out()).doesNotContain(MERGED);
        assertThat(run(store, "query", "corrections", "--format", "csv").out()).contains(",merge-agency," + MERGED + "," + KEPT + ",审核员,");
        assertThat(agencies(store, "--as-extracted")).anyMatch(a -> a.startsWith(MERGED + ","));
        assertThat(run(store, "correct", "list").out().lines()).filteredOn(l -> l.contains("merge-agency")).singleElement()
                .satisfies(l -> assertThat(l).contains("anchored  merge-agency agency").doesNotContain("task"));

        assertThat(run(store, "correct", "undo", id(store, "merge-agency")).code()).isZero();

        assertThat(agencies(store)).anyMatch(a -> a.startsWith(MERGED + ","));
        assertThat(run(store, "check", "--rule", "agency-two-names").out()).contains(MERGED);
    }

    @Test
    void shouldSplitAnAliasOffToANewAgencyKeepItOnReingestAndUndoIt(@TempDir Path dir) {
        String store = ingested(dir);
        List<String> extracted = agencies(store);
        assertThat(extracted).contains("湛江市生态环境局,Agency,湛江市,city,生态环境局|市生态环境局");

        CommandRun split = run(store, "correct", "split-alias", "湛江市生态环境局", "生态环境局", "--as", "湛江市生态环境局某分局");
        assertThat(split.code()).as(split.err()).isZero();
        assertThat(run(store, "ingest", Samples.file(ZHANJIANG).toString()).code()).isZero();

        assertThat(agencies(store)).contains("湛江市生态环境局,Agency,湛江市,city,市生态环境局")
                .anyMatch(a -> a.startsWith("湛江市生态环境局某分局,Agency,") && a.endsWith(",生态环境局"));
        assertThat(run(store, "query", "obligations-of-agency", "--param", "agency=湛江市生态环境局某分局", "--format", "csv").out()
                .lines().skip(1)).isNotEmpty();
        assertThat(agencies(store, "--as-extracted")).isEqualTo(extracted);

        assertThat(run(store, "correct", "undo", id(store, "split-alias")).code()).isZero();
        assertThat(agencies(store)).isEqualTo(extracted);
    }

    @Test
    void shouldRefuseAnUnknownAgencyOrAliasAndWriteNothing(@TempDir Path dir) {
        String store = ingested(dir);

        CommandRun unknown = run(store, "correct", "merge-agency", KEPT, "湛江市火星局");
        CommandRun alias = run(store, "correct", "split-alias", KEPT, "火星局");
        CommandRun itself = run(store, "correct", "merge-agency", KEPT, KEPT);

        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err().lines()).hasSize(1).first().asString().startsWith("error: no agency '湛江市火星局' in the store");
        assertThat(alias.err()).startsWith("error: no role of " + KEPT + " is written '火星局' (it is written: ");
        assertThat(itself.code()).isEqualTo(2);
        assertThat(CorrectCommandTest.graph(store, CORR.GRAPH).isEmpty()).isTrue();
    }
}
