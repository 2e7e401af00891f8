package org.policykg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links, loops and special files in an ingested folder are reported in one line each, never skipped in silence. */
class SourceFilesTest {

    @TempDir
    Path dir;

    private final List<String> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    @Test
    void shouldReportLoopsDanglingLinksAndFifosAndTakeTheDocuments() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.writeString(sub.resolve("plan.txt"), "文本");
        Files.writeString(dir.resolve("notes.md"), "not a document");
        Files.createSymbolicLink(sub.resolve("loop"), dir);
        Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("missing.txt"));
        Files.createSymbolicLink(dir.resolve("linked.txt"), sub.resolve("plan.txt"));
        Path fifo = dir.resolve("pipe.txt");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo available");

        List<Path> files = SourceFiles.expand(List.of(dir), errors, warnings);

        assertThat(files).containsExactly(dir.resolve("linked.txt"), sub.resolve("plan.txt"));
        assertThat(errors).containsExactlyInAnyOrder(
                dir.resolve("gone.txt") + ": dangling symbolic link to " + dir.resolve("missing.txt") + "; not read",
                fifo + ": not a regular file (a FIFO, socket or device); not read");
        assertThat(warnings).containsExactly(sub.resolve("loop") + ": symbolic link loops back to an enclosing folder; not followed");
    }

    @Test
    void shouldSayWhatANamedInputIsWhenItIsNoFileOrFolder() throws IOException {
        Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("missing.txt"));

        List<Path> files = SourceFiles.expand(List.of(dir.resolve("gone.txt"), dir.resolve("nothing.txt")), errors, warnings);

        assertThat(files).isEmpty();
        assertThat(errors).containsExactly(
                dir.resolve("gone.txt") + ": dangling symbolic link to " + dir.resolve("missing.txt") + "; not read",
                dir.resolve("nothing.txt") + ": no such file or folder");
    }
}
