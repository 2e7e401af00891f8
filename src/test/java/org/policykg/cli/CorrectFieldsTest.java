package org.policykg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.Samples;

/**
 * The fields beyond owners and deadlines (#16) on the 湛江 sample: a threshold's value and unit, a clause that is no
 * obligation, and the document's 文号, date, level and jurisdiction; each shown corrected by the catalog's query, as the parser read it
 * with --as-extracted, and kept when the file is ingested again.
 */
class CorrectFieldsTest {

    private static final String ZHANJIANG = "001_dbc454e0257d42c0.txt";
    private static final String CLAUSE = "二/（一）/3";

    private static String ingested(Path dir) {
        String store = dir.resolve("store").toString();
        CommandRun ingest = CommandRun.of("--store", store, "ingest", Samples.file(ZHANJIANG).toString());
        assertThat(ingest.code()).as(ingest.err()).isZero();
        return store;
    }

    private static void set(String store, String... args) {
        CommandRun run = CommandRun.of(Stream.concat(Stream.of("--store", store, "correct", "set", "湛江"), Stream.of(args))
                .toArray(String[]::new));
        assertThat(run.code()).as(run.err()).isZero();
    }

    private static List<String> query(String store, String name, String... more) {
        return CommandRun.of(Stream.concat(Stream.of("--store", store, "query", name, "--param", "doc=湛江", "--format", "csv"),
                Stream.of(more)).toArray(String[]::new)).out().lines().skip(1).toList();
    }

    /** The value, unit and normalized value of the clause's thresholds. */
    private static List<String> thresholds(String store, String... more) {
        return query(store, "thresholds", more).stream().filter(l -> l.contains("/a2/b1/c3,"))
                .map(l -> String.join(",", List.of(l.split(",")).subList(4, 7))).toList();
    }

    @Test
    void shouldShowACorrectedThresholdValueAndUnitAndTheParsersOnRequest(@TempDir Path dir) {
        String store = ingested(dir);
        assertThat(thresholds(store)).containsExactly("6,个月,6.0", "3,个月,3.0");

        set(store, CLAUSE, "threshold-value", "3", "--task", "1", "--by", "审核员");
        set(store, CLAUSE, "threshold-unit", "周", "--task", "1", "--by", "审核员");

        assertThat(thresholds(store)).containsExactly("3,周,3.0", "3,个月,3.0");
        assertThat(thresholds(store, "--as-extracted")).containsExactly("6,个月,6.0", "3,个月,3.0");
        assertThat(CommandRun.of("--store", store, "correct", "set", "湛江", CLAUSE, "threshold-value", "三个", "--task", "1").code())
                .isEqualTo(2);
    }

    @Test
    void shouldHideAClauseMarkedAsNoObligationUntilUndone(@TempDir Path dir) {
        String store = ingested(dir);
        long before = query(store, "obligations").stream().filter(l -> l.contains("," + CLAUSE + ",")).count();

        set(store, CLAUSE, "not-obligation", "", "--task", "2", "--note", "说明性文字");

        assertThat(query(store, "obligations").stream().filter(l -> l.contains("," + CLAUSE + ","))).hasSize((int) before - 1);
        assertThat(query(store, "obligations", "--as-extracted").stream().filter(l -> l.contains("," + CLAUSE + ","))).hasSize((int) before);
        String id = CommandRun.of("--store", store, "correct", "list", "--format", "csv").out().lines()
                .filter(l -> l.contains(",not-obligation,")).findFirst().orElseThrow().split(",")[0];
        assertThat(CommandRun.of("--store", store, "correct", "undo", id).code()).isZero();
        assertThat(query(store, "obligations").stream().filter(l -> l.contains("," + CLAUSE + ","))).hasSize((int) before);
    }

    @Test
    void shouldCorrectTheDocumentsNumberDateLevelAndJurisdictionAndKeepThemOnReingest(@TempDir Path dir) {
        String store = ingested(dir);
        set(store, "-", "number", "湛工信〔2021〕12号", "--by", "审核员");
        set(store, "-", "date", "2021-05-20");
        set(store, "-", "level", "province");
        set(store, "-", "jurisdiction", "广东省");

        CommandRun again = CommandRun.of("--store", store, "ingest", Samples.file(ZHANJIANG).toString());
        assertThat(again.code()).as(again.err()).isZero();

        assertThat(query(store, "documents")).singleElement().asString()
                .contains(",湛工信〔2021〕12号,province,广东省,2021,2021-05-20,");
        assertThat(query(store, "documents", "--as-extracted")).singleElement().asString()
                .contains(",,city,湛江市,2021,2021-05-13,");
        assertThat(CommandRun.of("--store", store, "correct", "set", "湛江", "-", "level", "town").err())
                .startsWith("error: unknown level 'town'");
        assertThat(CommandRun.of("--store", store, "correct", "set", "湛江", "-", "jurisdiction", "火星").err())
                .startsWith("error: no jurisdiction '火星'");
        assertThat(CommandRun.of("--store", store, "correct", "list").out().lines()).hasSize(4);
    }
}
