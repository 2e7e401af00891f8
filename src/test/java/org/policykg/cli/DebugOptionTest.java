package org.policykg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An error is one line; its stack trace only on request. */
class DebugOptionTest {

    @TempDir
    Path dir;

    @Test
    void shouldPrintOneLineWithoutAStackTraceByDefault() {
        CommandRun run = CommandRun.of("--store", dir.resolve("missing").toString(), "query", "stats");

        assertThat(run.code()).isNotZero();
        assertThat(run.err().strip().lines()).hasSize(1).allMatch(l -> l.startsWith("error: "));
    }

    @Test
    void shouldAddTheStackTraceWhenDebugIsGiven() {
        CommandRun run = CommandRun.of("--store", dir.resolve("missing").toString(), "query", "stats", "--debug");

        assertThat(run.code()).isNotZero();
        assertThat(run.err()).startsWith("error: ").contains("\tat org.policykg.");
    }
}
