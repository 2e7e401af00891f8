package org.policykg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: ingest into a store folder, then query it by name. */
class CliIT {

    @Test
    void shouldIngestTheCorpusAndAnswerCatalogQueries(@TempDir Path dir) {
        String store = dir.resolve("tdb2").toString();

        CommandRun ingest = CommandRun.of("--store", store, "ingest", "corpus");
        CommandRun stats = CommandRun.of("--store", store, "query", "stats", "--format", "csv");
        CommandRun clauses = CommandRun.of("--store", store, "query", "clauses", "--param", "doc=湛江", "--format", "tsv");
        CommandRun byFile = CommandRun.of("--store", store, "query", "clauses", "--param", "doc=004_b245d020d56ee491.txt", "--format", "csv");

        assertThat(ingest.code()).isZero();
        assertThat(ingest.out()).contains("5 documents, 199 clauses");
        assertThat(stats.out().lines().toList()).first().isEqualTo("documents,subdivisions,clauses,paragraphs,tables,rows,triples");
        assertThat(stats.out().lines().skip(1).findFirst().orElseThrow()).startsWith("5,199,87,25,6,80,");
        assertThat(clauses.code()).isZero();
        assertThat(clauses.out()).contains("\"二/（一）/1\"").contains("加大节能监察力度");
        assertThat(byFile.out()).contains("表1/6/1");
    }

    @Test
    void shouldExitNonZeroAndNameTheFileThatCouldNotBeRead(@TempDir Path dir) throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.copy(Path.of("corpus/002_2271524e11752f97.txt"), docs.resolve("good.txt"));
        Files.write(docs.resolve("broken.txt"), new byte[] {(byte) 0x80, (byte) 0xC3, 0x28, (byte) 0xFF, 0x00});

        CommandRun ingest = CommandRun.of("--store", dir.resolve("tdb2").toString(), "ingest", docs.toString());

        assertThat(ingest.code()).isEqualTo(1);
        assertThat(ingest.err()).contains("broken.txt").contains("not valid");
        assertThat(ingest.out()).contains("1 documents");
    }

    @Test
    void shouldCompactAReIngestedStoreAndKeepItsData(@TempDir Path dir) throws Exception {
        String store = dir.resolve("tdb2").toString();
        CommandRun.of("--store", store, "ingest", "corpus/002_2271524e11752f97.txt");
        String before = CommandRun.of("--store", store, "query", "stats", "--format", "csv").out();

        CommandRun again = CommandRun.of("--store", store, "ingest", "--compact", "corpus/002_2271524e11752f97.txt");
        String after = CommandRun.of("--store", store, "query", "stats", "--format", "csv").out();

        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("store compacted");
        assertThat(after).isEqualTo(before);
        try (var generations = Files.list(dir.resolve("tdb2"))) {
            assertThat(generations.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-"))).hasSize(1);
        }
    }

    @Test
    void shouldRejectAnAmbiguousDocumentName(@TempDir Path dir) {
        String store = dir.resolve("tdb2").toString();
        CommandRun.of("--store", store, "ingest", "corpus");

        CommandRun q = CommandRun.of("--store", store, "query", "clauses", "--param", "doc=推动落后产能退出");

        assertThat(q.code()).isEqualTo(2);
        assertThat(q.err()).contains("matches").contains("documents");
    }

    @Test
    void shouldSayInOneLineThatNoPlanOfAYearIsStoredInsteadOfListingEveryTaskAsRemoved(@TempDir Path dir) {
        String store = dir.resolve("tdb2").toString();
        CommandRun.of("--store", store, "ingest", "corpus");

        CommandRun q = CommandRun.of("--store", store, "query", "compare-years",
                "--param", "jurisdiction=湛江市", "--param", "yearA=2021", "--param", "yearB=2022");

        assertThat(q.code()).isEqualTo(2);
        assertThat(q.out()).isEmpty();
        assertThat(q.err().strip()).isEqualTo("error: no plan of 湛江市 for 2022 is stored, so nothing can be compared with it");
    }

    @Test
    void shouldRefuseAStoreThatDoesNotExistInsteadOfCreatingAnEmptyOne(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-store");

        CommandRun q = CommandRun.of("--store", missing.toString(), "query", "stats");

        assertThat(q.code()).isEqualTo(2);
        assertThat(q.err()).contains("no store at " + missing);
        assertThat(missing).doesNotExist();
    }

    @Test
    void shouldStopAQueryAtItsTimeLimitWithOneLineAndExitNonZero(@TempDir Path dir) throws Exception {
        String store = dir.resolve("tdb2").toString();
        CommandRun.of("--store", store, "ingest", "corpus");
        Path everyTriple = Files.writeString(dir.resolve("every-triple.rq"),
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }");

        CommandRun q = CommandRun.of("--store", store, "query", everyTriple.toString(), "--timeout", "200ms");
        CommandRun bad = CommandRun.of("--store", store, "query", "stats", "--timeout", "soon");

        assertThat(q.code()).isEqualTo(1);
        assertThat(q.err().strip()).doesNotContain("\n").startsWith("error: 查询超时").contains("stopped after 0.2 s");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--timeout soon is not a duration");
    }
}
