package org.policykg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.PolicyKg;

/**
 * A server killed with kill -9 leaves its store locked and recorded: the next command says so in one line, opens the
 * store as of its last commit and answers; the command after it says nothing more.
 */
class StoreLeftOpenIT {

    private static final Duration START_LIMIT = Duration.ofSeconds(180);

    @Test
    void shouldTellInOneLineThatAKilledServerLeftTheStoreOpenAndThenOpenIt(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("tdb2");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process server = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), PolicyKg.class.getName(),
                "--store", store.toString(), "serve", "--ingest", "corpus", "--server.port=0", "--policykg.fuseki.port=0")
                .redirectErrorStream(true).redirectOutput(dir.resolve("serve.log").toFile()).start();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (!Files.exists(store.resolve("server.properties")) && server.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        server.destroyForcibly().waitFor();

        CommandRun first = CommandRun.of("--store", store.toString(), "query", "stats", "--format", "csv");
        CommandRun second = CommandRun.of("--store", store.toString(), "query", "stats", "--format", "csv");

        assertThat(first.code()).isZero();
        assertThat(first.err().lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("note: the store " + store + " was left open by a server (process " + server.pid() + ")"));
        assertThat(first.out()).contains("\n5,199,");
        assertThat(second.code()).isZero();
        assertThat(second.err()).isEmpty();
    }
}
