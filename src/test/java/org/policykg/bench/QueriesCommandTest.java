package org.policykg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.PolicyKg;
import picocli.CommandLine;

class QueriesCommandTest {

    @TempDir
    Path dir;

    @Test
    void shouldTimeTheQueriesOfAFolderByTheirCatalogNamesWhenGivenOne() throws Exception {
        Path queries = Files.createDirectories(dir.resolve("queries/rules"));
        Files.writeString(queries.resolveSibling("graphs.rq"), """
                # graphs — how many named graphs the store holds
                # columns: n
                SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }
                """);
        Files.writeString(queries.resolve("nothing.rq"), """
                # rules/nothing — finds nothing
                # columns: focus
                SELECT ?focus WHERE { ?focus a <urn:none> }
                """);

        String out = run("bench", "queries", "--tdb2", dir.resolve("tdb2").toString(), "--queries", dir.resolve("queries").toString(),
                "--only", "graphs", "--runs", "2", "--warmup", "0");

        assertThat(out).contains("| graphs | 2 |").doesNotContain("nothing").contains("system load");
    }

    @Test
    void shouldTimeTheFirstPageRightAfterTheFullAnswerWithoutOptionalFiltersWhenGivenALimit() throws Exception {
        Path queries = Files.createDirectories(dir.resolve("queries"));
        Files.writeString(queries.resolve("three.rq"), """
                # three — three rows, or those equal to x
                # param: x (integer) — optional: only this row
                # columns: n
                SELECT ?n WHERE { VALUES ?n { 1 2 3 } FILTER(!BOUND(?x) || ?n = ?x) } ORDER BY ?n
                """);

        String out = run("bench", "queries", "--tdb2", dir.resolve("tdb2").toString(), "--queries", queries.toString(),
                "--unfiltered", "--limit", "1", "--runs", "2", "--warmup", "0");

        assertThat(out.lines().filter(l -> l.startsWith("| three | 2 |"))).singleElement().asString().endsWith("| 3 |  |");
        assertThat(out.lines().filter(l -> l.startsWith("| three (first 1) | 2 |"))).singleElement().asString().endsWith("| 1 |  |");
    }

    private static String run(String... args) {
        CommandLine cli = PolicyKg.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        assertThat(cli.execute(args)).isZero();
        return out.toString();
    }
}
