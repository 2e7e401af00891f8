package org.policykg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.Samples;
import org.policykg.rdf.CORR;
import org.policykg.store.KgStore;

/**
 * The tests of corrections (#16), as a user runs them on the 湛江 sample: correct an owner and a deadline, see
 * them in the obligations query, the DOCX table and the calendar (and the extracted values with --as-extracted),
 * re-ingest the same file and an edited one, undo, export and import, and a wrong clause.
 */
class CorrectCommandTest {

    private static final String ZHANJIANG = "001_dbc454e0257d42c0.txt";
    private static final String CLAUSE = "二/（二）/1";
    private static final String CLAUSE_TEXT = "严格执行相关法律法规、污染排放标准及特别排放限值的公告，对涉及落后产能行业的建设项目加强环评审批准入监管。";
    private static final String LEAD = "湛江市生态环境局、湛江市自然资源局";
    private static final String REPORT = "四/（一）/¶1";

    static String ingested(Path dir, Path file) {
        String store = dir.resolve("store").toString();
        CommandRun ingest = CommandRun.of("--store", store, "ingest", file.toString());
        assertThat(ingest.code()).as(ingest.err()).isZero();
        return store;
    }

    /** The sample with the lead and the deadline corrected; returns the store. */
    private static String corrected(Path dir) {
        String store = ingested(dir, Samples.file(ZHANJIANG));
        CommandRun lead = CommandRun.of("--store", store, "correct", "set", "湛江", CLAUSE, "lead", LEAD, "--by", "市工信局审核员",
                "--note", "按分工通知补充");
        assertThat(lead.code()).as(lead.err()).isZero();
        CommandRun deadline = CommandRun.of("--store", store, "correct", "set", "湛江", REPORT, "deadline", "2021-05-31", "--by", "市工信局审核员");
        assertThat(deadline.code()).as(deadline.err()).isZero();
        return store;
    }

    private static String row(String store, String path, String... more) {
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("--store", store, "query", "obligations",
                "--param", "doc=湛江", "--format", "csv"), java.util.stream.Stream.of(more)).toArray(String[]::new);
        return CommandRun.of(args).out().lines().filter(l -> l.contains("," + path + ",")).findFirst().orElse("");
    }

    /** The rows of the corrections query (the mark that a person corrected a fact), header left out. */
    private static java.util.List<String> marks(String store, String... more) {
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("--store", store, "query", "corrections",
                "--param", "doc=湛江", "--format", "csv"), java.util.stream.Stream.of(more)).toArray(String[]::new);
        return CommandRun.of(args).out().lines().skip(1).toList();
    }

    private static Path edited(Path dir, String from, String to) throws IOException {
        Path copy = dir.resolve("edited").resolve("zhanjiang.txt");
        Files.createDirectories(copy.getParent());
        String text = Files.readString(Samples.file(ZHANJIANG), StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(copy, text.replace(from, to), StandardCharsets.UTF_8);
        return copy;
    }

    @Test
    void shouldShowTheCorrectedOwnerAndDeadlineInTheQueryTheTableAndTheCalendarAndTheExtractedOnesOnRequest(@TempDir Path dir)
            throws IOException {
        String store = corrected(dir);

        assertThat(row(store, CLAUSE)).contains("湛江市自然资源局");
        assertThat(row(store, REPORT)).contains(",2021-05-31,2021年5月31日前,");
        assertThat(row(store, CLAUSE, "--as-extracted")).contains(",湛江市生态环境局,").doesNotContain("自然资源局");
        assertThat(marks(store)).anyMatch(l -> l.contains("," + CLAUSE + ",lead,")).anyMatch(l -> l.contains("," + REPORT + ",deadline,"));
        assertThat(marks(store, "--as-extracted")).isEmpty();
        assertThat(row(store, REPORT, "--as-extracted")).contains(",2021-04-30,4月底前,");

        Path docx = dir.resolve("t.docx");
        assertThat(CommandRun.of("--store", store, "table", "湛江", "--out", docx.toString()).code()).isZero();
        assertThat(part(docx, "word/document.xml")).contains("<w:t>" + LEAD + "</w:t>").contains("2021年5月31日前");
        assertThat(part(docx, "word/comments.xml")).contains("人工更正：湛江市生态环境局 → " + LEAD + "（市工信局审核员，")
                .contains("按分工通知补充").contains("人工更正：2021-04-30 → 2021-05-31");
        Path extracted = dir.resolve("x.docx");
        assertThat(CommandRun.of("--store", store, "--as-extracted", "table", "湛江", "--out", extracted.toString()).code()).isZero();
        assertThat(part(extracted, "word/document.xml")).doesNotContain("<w:t>" + LEAD + "</w:t>").contains("4月底前");
        assertThat(part(extracted, "word/comments.xml")).doesNotContain("人工更正");

        Path ics = dir.resolve("c.ics");
        assertThat(CommandRun.of("--store", store, "calendar", "湛江市工业和信息化局", "--out", ics.toString()).code()).isZero();
        String calendar = Files.readString(ics, StandardCharsets.UTF_8).replace("\r\n ", "");
        assertThat(calendar).contains("DTSTART;VALUE=DATE:20210531").doesNotContain("DTSTART;VALUE=DATE:20210430")
                .contains("人工更正：2021-04-30 → 2021-05-31");
        assertThat(CommandRun.of("--store", store, "--as-extracted", "calendar", "湛江市工业和信息化局", "--out", ics.toString()).code()).isZero();
        assertThat(Files.readString(ics, StandardCharsets.UTF_8)).contains("DTSTART;VALUE=DATE:20210430").doesNotContain("人工更正");
    }

    @Test
    void shouldKeepTheCorrectionsWhenTheSameFileIsIngestedAgain(@TempDir Path dir) {
        String store = corrected(dir);

        assertThat(CommandRun.of("--store", store, "ingest", Samples.file(ZHANJIANG).toString()).code()).isZero();

        assertThat(row(store, CLAUSE)).contains("湛江市自然资源局");
        assertThat(row(store, REPORT)).contains(",2021-05-31,");
        assertThat(CommandRun.of("--store", store, "correct", "list").out()).contains("anchored").doesNotContain("orphaned");
    }

    @Test
    void shouldFollowARewordedClauseAndListADeletedOneAsOrphaned(@TempDir Path dir) throws IOException {
        String store = corrected(dir);

        CommandRun reworded = CommandRun.of("--store", store, "ingest",
                edited(dir, CLAUSE_TEXT, "严格执行有关法律法规和污染物排放标准，对落后产能行业的新建项目从严开展环评审批准入监管。").toString());
        assertThat(reworded.code()).as(reworded.err()).isZero();
        assertThat(row(store, CLAUSE)).contains("污染物排放标准").contains("湛江市自然资源局");
        assertThat(CommandRun.of("--store", store, "correct", "list", "--format", "csv").out()).contains(",reanchored," + CLAUSE + ",");

        String deleted = "1. 严格项目审核审查。" + CLAUSE_TEXT;
        String rest = Files.readString(Samples.file(ZHANJIANG), StandardCharsets.UTF_8).lines().filter(l -> l.startsWith(deleted))
                .findFirst().orElseThrow();
        assertThat(CommandRun.of("--store", store, "ingest", edited(dir, rest + "\n", "").toString()).code()).isZero();
        assertThat(CommandRun.of("--store", store, "correct", "list", "--format", "json").out()).contains("\"status\" : \"orphaned\"")
                .contains("\"湛江市自然资源局\"");
        CommandRun check = CommandRun.of("--store", store, "check", "--rule", "orphaned-correction");
        assertThat(check.out()).contains("1 warning").contains("Orphaned correction").contains(CLAUSE);
        assertThat(row(store, REPORT)).as("the other correction still applies").contains(",2021-05-31,");
    }

    @Test
    void shouldScoreTheParserAgainstTheCorrectionsOfTheReviewedDocument(@TempDir Path dir) {
        String store = corrected(dir);

        CommandRun eval = CommandRun.of("--store", store, "eval", "--corrections");

        assertThat(eval.code()).as(eval.err()).isZero();
        assertThat(eval.out()).startsWith("corrections: 2 in 1 reviewed document(s), 34 obligations; 0 orphaned")
                .containsPattern("lead +34 +1 +0\\.971").containsPattern("support +34 +0 +1\\.000")
                .containsPattern("deadline +34 +1 +0\\.971").contains("deadline  " + REPORT + "  parser: 2021-04-30  corrected: 2021-05-31");
    }

    @Test
    void shouldRestoreTheExtractedViewOnUndo(@TempDir Path dir) {
        String store = corrected(dir);
        String id = CommandRun.of("--store", store, "correct", "list", "--format", "csv").out().lines()
                .filter(l -> l.contains(",lead,")).findFirst().orElseThrow().split(",")[0];

        CommandRun undo = CommandRun.of("--store", store, "correct", "undo", id);

        assertThat(undo.code()).as(undo.err()).isZero();
        assertThat(row(store, CLAUSE)).isEqualTo(row(store, CLAUSE, "--as-extracted"));
        assertThat(CommandRun.of("--store", store, "correct", "list").out()).doesNotContain(id);
        assertThat(CommandRun.of("--store", store, "correct", "undo", id).code()).isEqualTo(2);
    }

    @Test
    void shouldGiveTheSameGraphsAfterExportAndImportIntoAFreshStoreInTurtleAndInCsv(@TempDir Path dir) {
        String store = corrected(dir);
        Path ttl = dir.resolve("corrections.ttl");
        Path csv = dir.resolve("corrections.csv");
        assertThat(CommandRun.of("--store", store, "correct", "export", "--out", ttl.toString()).code()).isZero();
        assertThat(CommandRun.of("--store", store, "correct", "export", "--out", csv.toString()).code()).isZero();

        for (Path file : new Path[] {ttl, csv}) {
            String fresh = ingested(dir.resolve("fresh-" + file.getFileName()), Samples.file(ZHANJIANG));
            CommandRun load = CommandRun.of("--store", fresh, "correct", "import", file.toString());
            assertThat(load.code()).as(load.err()).isZero();
            assertThat(load.out()).startsWith("2 corrections imported");
            assertThat(graph(fresh, CORR.GRAPH).isIsomorphicWith(graph(store, CORR.GRAPH))).as("corrections from %s", file).isTrue();
            assertThat(graph(fresh, CORR.APPLIED_GRAPH).isIsomorphicWith(graph(store, CORR.APPLIED_GRAPH))).as("applied from %s", file).isTrue();
        }
    }

    @Test
    void shouldRefuseAClauseThatDoesNotExistInOneLineAndWriteNothing(@TempDir Path dir) {
        String store = ingested(dir, Samples.file(ZHANJIANG));

        CommandRun wrong = CommandRun.of("--store", store, "correct", "set", "湛江", "九/（九）", "lead", "湛江市自然资源局");

        assertThat(wrong.code()).isEqualTo(2);
        assertThat(wrong.err().lines()).hasSize(1).first().asString().startsWith("error: no obligation at clause '九/（九）'");
        assertThat(graph(store, CORR.GRAPH).isEmpty()).isTrue();
        assertThat(CommandRun.of("--store", store, "correct", "set", "湛江", CLAUSE, "deadline", "明年").code()).isEqualTo(2);
        assertThat(graph(store, CORR.GRAPH).isEmpty()).isTrue();
    }

    static Model graph(String store, String graph) {
        try (KgStore s = KgStore.open(Path.of(store))) {
            return s.read((Dataset ds) -> ModelFactory.createDefaultModel().add(ds.getNamedModel(graph)));
        }
    }

    static String part(Path docx, String name) throws IOException {
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            var entry = zip.getEntry(name);
            return entry == null ? "" : new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
