package org.policykg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.Samples;
import org.policykg.rdf.CORR;

/**
 * An obligation the parser missed (#16), added by a person to a clause of the 湛江 sample with its lead and deadline:
 * shown by the obligations query, the tables, the calendar and the rule checks, hidden with --as-extracted, kept on
 * re-ingest, orphaned when its clause is deleted, removed by undo, and the same after export and import.
 */
class CorrectMissedObligationTest {

    private static final String ZHANJIANG = "001_dbc454e0257d42c0.txt";
    private static final String CLAUSE = "一/¶1";
    private static final String TASK = "促使一批能耗、环保、安全、技术达不到标准和生产不合格产品或淘汰类产能, 依法依规关停退出";
    private static final String LEAD = "湛江市工业和信息化局";

    private static String added(Path dir, String... more) {
        String store = CorrectCommandTest.ingested(dir, Samples.file(ZHANJIANG));
        CommandRun add = CommandRun.of(Stream.concat(Stream.of("--store", store, "correct", "set", "湛江", CLAUSE, "obligation", TASK,
                "--by", "审核员"), Stream.of(more)).toArray(String[]::new));
        assertThat(add.code()).as(add.err()).isZero();
        return store;
    }

    private static List<String> rows(String store, String query, String... more) {
        return CommandRun.of(Stream.concat(Stream.of("--store", store, "query", query, "--param", "doc=湛江", "--format", "csv"),
                Stream.of(more)).toArray(String[]::new)).out().lines().filter(l -> l.contains("," + CLAUSE + ",")).toList();
    }

    @Test
    void shouldShowAnAddedObligationWithItsLeadAndDeadlineEverywhereButTheExtractedView(@TempDir Path dir) throws IOException {
        String store = added(dir, "--lead", LEAD, "--deadline", "2021-12-31");

        assertThat(rows(store, "obligations")).singleElement().asString()
                .contains("," + CLAUSE + ",," + LEAD + ",,,2021-12-31,2021年12月31日前,\"" + TASK + "\"");
        assertThat(rows(store, "obligations", "--as-extracted")).isEmpty();
        assertThat(rows(store, "corrections")).extracting(l -> l.split(",")[5]).containsExactly("obligation", "lead", "deadline");
        assertThat(CommandRun.of("--store", store, "table", "湛江", "--format", "csv").out())
                .contains(LEAD + ",,2021年12月31日前,《湛江市2021年推动落后产能退出工作方案》 " + CLAUSE);
        Path docx = dir.resolve("t.docx");
        assertThat(CommandRun.of("--store", store, "table", "湛江", "--out", docx.toString()).code()).isZero();
        assertThat(CorrectCommandTest.part(docx, "word/comments.xml")).contains("人工更正：— → " + TASK);
        Path ics = dir.resolve("c.ics");
        assertThat(CommandRun.of("--store", store, "calendar", LEAD, "--out", ics.toString()).code()).isZero();
        assertThat(Files.readString(ics, StandardCharsets.UTF_8)).contains("DTSTART;VALUE=DATE:20211231");
        assertThat(CommandRun.of("--store", store, "--as-extracted", "calendar", LEAD, "--out", ics.toString()).code()).isZero();
        assertThat(Files.readString(ics, StandardCharsets.UTF_8)).doesNotContain("DTSTART;VALUE=DATE:20211231");
    }

    @Test
    void shouldReportAnAddedObligationWithoutOwnerInTheChecksUntilAFollowUpCorrectionGivesItOne(@TempDir Path dir) {
        String store = added(dir);
        assertThat(CommandRun.of("--store", store, "check", "--rule", "missing-owner").out()).contains(CLAUSE);
        assertThat(CommandRun.of("--store", store, "--as-extracted", "check", "--rule", "missing-owner").out()).doesNotContain(CLAUSE);

        CommandRun lead = CommandRun.of("--store", store, "correct", "set", "湛江", CLAUSE, "lead", LEAD);

        assertThat(lead.code()).as(lead.err()).isZero();
        assertThat(rows(store, "obligations")).singleElement().asString().contains("," + LEAD + ",");
        assertThat(CommandRun.of("--store", store, "check", "--rule", "missing-owner").out()).doesNotContain(CLAUSE);
    }

    @Test
    void shouldKeepAnAddedObligationOnReingestOrphanItWhenItsClauseIsDeletedAndRemoveItOnUndo(@TempDir Path dir) throws IOException {
        String store = added(dir, "--lead", LEAD);
        assertThat(CommandRun.of("--store", store, "ingest", Samples.file(ZHANJIANG).toString()).code()).isZero();
        assertThat(rows(store, "obligations")).singleElement().asString().contains(LEAD);
        assertThat(CommandRun.of("--store", store, "correct", "list").out()).doesNotContain("orphaned");

        Path copy = dir.resolve("edited").resolve("zhanjiang.txt");
        Files.createDirectories(copy.getParent());
        String text = Files.readString(Samples.file(ZHANJIANG), StandardCharsets.UTF_8);
        String paragraph = text.lines().filter(l -> l.startsWith("以钢铁、水泥")).findFirst().orElseThrow();
        Files.writeString(copy, text.replace(paragraph + "\n", ""), StandardCharsets.UTF_8);
        assertThat(CommandRun.of("--store", store, "ingest", copy.toString()).code()).isZero();
        assertThat(CommandRun.of("--store", store, "correct", "list", "--format", "csv").out().lines().skip(1))
                .allMatch(l -> l.contains(",orphaned,"));
        assertThat(CommandRun.of("--store", store, "check", "--rule", "orphaned-correction").out()).contains("obligation → 「" + TASK);

        assertThat(CommandRun.of("--store", store, "ingest", Samples.file(ZHANJIANG).toString()).code()).isZero();
        assertThat(rows(store, "obligations")).hasSize(1);
        String id = CommandRun.of("--store", store, "correct", "list", "--format", "csv").out().lines()
                .filter(l -> l.contains(",obligation,")).findFirst().orElseThrow().split(",")[0];
        assertThat(CommandRun.of("--store", store, "correct", "undo", id).code()).isZero();
        assertThat(rows(store, "obligations")).isEmpty();
    }

    @Test
    void shouldGiveTheSameGraphsAfterExportAndImportIntoAFreshStore(@TempDir Path dir) {
        String store = added(dir, "--lead", LEAD, "--deadline", "2021-12-31");
        for (String format : new String[] {"ttl", "csv"}) {
            Path file = dir.resolve("corrections." + format);
            assertThat(CommandRun.of("--store", store, "correct", "export", "--out", file.toString()).code()).isZero();
            String fresh = CorrectCommandTest.ingested(dir.resolve("fresh-" + format), Samples.file(ZHANJIANG));
            CommandRun load = CommandRun.of("--store", fresh, "correct", "import", file.toString());
            assertThat(load.code()).as(load.err()).isZero();
            assertThat(CorrectCommandTest.graph(fresh, CORR.GRAPH).isIsomorphicWith(CorrectCommandTest.graph(store, CORR.GRAPH))).as("corrections from %s", format).isTrue();
            assertThat(CorrectCommandTest.graph(fresh, CORR.APPLIED_GRAPH).isIsomorphicWith(CorrectCommandTest.graph(store, CORR.APPLIED_GRAPH))).as("applied from %s", format).isTrue();
            assertThat(rows(fresh, "obligations")).singleElement().asString().contains(TASK);
        }
    }

    @Test
    void shouldRefuseAClauseThatDoesNotExistOrAWrongFollowUpValueAndWriteNothing(@TempDir Path dir) {
        String store = CorrectCommandTest.ingested(dir, Samples.file(ZHANJIANG));

        CommandRun wrong = CommandRun.of("--store", store, "correct", "set", "湛江", "九/（九）", "obligation", TASK);
        CommandRun date = CommandRun.of("--store", store, "correct", "set", "湛江", CLAUSE, "obligation", TASK, "--deadline", "年底");

        assertThat(wrong.code()).isEqualTo(2);
        assertThat(wrong.err().lines()).hasSize(1).first().asString().startsWith("error: no clause '九/（九）' of 湛江");
        assertThat(date.code()).isEqualTo(2);
        assertThat(CorrectCommandTest.graph(store, CORR.GRAPH).isEmpty()).isTrue();
    }
}
