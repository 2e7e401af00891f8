package org.policykg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.PolicyKg;

/**
 * A command on a store that a running server holds: {@code serve --ingest corpus} runs as a child process on free
 * ports (TDB2 locks a store per process, so the server must be another process), and commands run here against it.
 */
class StoreInUseIT {

    private static final Duration START_LIMIT = Duration.ofSeconds(180);

    @TempDir
    static Path dir;

    private static Path store;
    private static Process server;

    @BeforeAll
    static void serve() throws Exception {
        store = dir.resolve("tdb2");
        String java = ProcessHandle.current().info().command().orElse("java");
        server = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), PolicyKg.class.getName(),
                "--store", store.toString(), "serve", "--ingest", "corpus", "--server.port=0", "--policykg.fuseki.port=0")
                .redirectErrorStream(true).redirectOutput(dir.resolve("serve.log").toFile()).start();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (!Files.exists(record()) && server.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(record()).as(Files.exists(dir.resolve("serve.log")) ? Files.readString(dir.resolve("serve.log")) : "").exists();
    }

    /** A server that stops takes its record away, so that later commands open the store themselves. */
    @AfterAll
    static void stop() throws InterruptedException {
        server.destroy();
        if (!server.waitFor(60, TimeUnit.SECONDS)) {
            server.destroyForcibly().waitFor();
        }
        assertThat(record()).doesNotExist();
    }

    @Test
    void shouldNameTheServerAndItsEndpointInOneLineWhenAReadCommandFindsTheStoreHeld() throws IOException {
        CommandRun stats = CommandRun.of("--store", store.toString(), "query", "stats");

        assertThat(stats.code()).isEqualTo(1);
        assertThat(stats.out()).isEmpty();
        assertThat(stats.err().lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("error: the store " + store + " is held by a running server (process " + server.pid() + ")")
                .contains("query it at " + recorded().getProperty("sparql"))
                .doesNotContain("Exception"));
    }

    @Test
    void shouldRefuseToIngestIntoAHeldStoreInOneLine() {
        CommandRun ingest = CommandRun.of("--store", store.toString(), "ingest", "corpus/002_2271524e11752f97.txt");

        assertThat(ingest.code()).isEqualTo(1);
        assertThat(ingest.err().lines()).singleElement().satisfies(line -> assertThat(line)
                .contains("process " + server.pid()).contains("stop it before writing").doesNotContain("Exception"));
    }

    @Test
    void shouldNeitherCompactNorBulkLoadAHeldStore() throws IOException {
        List<Path> before = generations();
        for (String option : List.of("--compact", "--bulk")) {
            CommandRun ingest = CommandRun.of("--store", store.toString(), "ingest", option, "corpus/002_2271524e11752f97.txt");

            assertThat(ingest.code()).as(option).isEqualTo(1);
            assertThat(ingest.err().lines()).as(option).singleElement().satisfies(line -> assertThat(line)
                    .contains("process " + server.pid()).doesNotContain("Exception"));
        }
        assertThat(generations()).isEqualTo(before);
    }

    /** The store's data generations (Data-0001, …): a compaction would add one. */
    private List<Path> generations() throws IOException {
        try (var dirs = Files.list(store)) {
            return dirs.filter(d -> d.getFileName().toString().startsWith("Data-")).sorted().toList();
        }
    }

    @Test
    void shouldRecordTheEndpointThatAnswersSparql() throws Exception {
        String sparql = recorded().getProperty("sparql");

        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(sparql + "?query=ASK%7B%7D")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(recorded().getProperty("pid")).isEqualTo(Long.toString(server.pid()));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("true");
    }

    private static Path record() {
        return store.resolve("server.properties");
    }

    private static Properties recorded() throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(record())) {
            p.load(r);
        }
        return p;
    }
}
