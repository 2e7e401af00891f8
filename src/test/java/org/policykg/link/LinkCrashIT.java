package org.policykg.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.PolicyKg;
import org.policykg.Samples;
import org.policykg.bench.SyntheticCorpus;
import org.policykg.rdf.PKG;
import org.policykg.store.KgStore;

/**
 * kill -9 during the cross-document pass of an ingest (held there by the test hook {@code policykg.link.pauseMillis}),
 * then the next ingest: the store opens with every document whole, the killed pass left them pending, and the next
 * ingest says so in one line and completes them, ending with the links graph a full pass gives.
 */
class LinkCrashIT {

    private static final Duration LIMIT = Duration.ofSeconds(120);
    private static final String PASS_LINE = "cross-document pass for";

    @Test
    void shouldCompleteTheLinksOfAnIngestKilledInItsPassAtTheNextIngest(@TempDir Path dir) throws Exception {
        Path corpus = corpus(dir);
        Path later = Files.createDirectories(dir.resolve("later"));
        Path last;
        try (Stream<Path> s = Files.list(corpus)) {
            last = s.sorted().reduce((a, b) -> b).orElseThrow();
        }
        Files.move(last, later.resolve(last.getFileName()));
        Path store = dir.resolve("tdb2");

        Path firstLog = dir.resolve("first.log");
        Process first = child(firstLog, List.of("-Dpolicykg.link.pauseMillis=600000"), "--store", store.toString(), "ingest", corpus.toString());
        waitForLine(first, firstLog);
        Thread.sleep(1000);
        first.destroyForcibly().waitFor();

        inProcess(store, killed -> {
            assertThat(killed.documentCount()).isEqualTo(20);
            assertThat(LinkState.pendingCount(killed)).isEqualTo(20);
        });

        Path secondLog = dir.resolve("second.log");
        Process second = child(secondLog, List.of(), "--store", store.toString(), "ingest", later.toString());
        assertThat(second.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).as(Files.readString(secondLog)).isZero();
        assertThat(Files.readString(secondLog)).contains("20 documents stored by an earlier run are not linked yet");

        inProcess(store, resumed -> {
            assertThat(LinkState.pendingCount(resumed)).isZero();
            Model links = links(resumed);
            new CrossDocumentLinker(Samples.jurisdictions()).link(resumed);

            assertThat(links.listStatements(null, PKG.score, (RDFNode) null).toList()).isNotEmpty();
            assertThat(links.isIsomorphicWith(links(resumed))).as("links after the resumed pass = a full pass").isTrue();
        });
    }

    /** Opens the store in this process and releases it for good afterwards (close alone keeps TDB2's lock). */
    private static void inProcess(Path dir, Consumer<KgStore> work) {
        KgStore store = KgStore.open(dir);
        try {
            work.accept(store);
        } finally {
            TDBInternal.expel(store.dataset().asDatasetGraph());
        }
    }

    /** 21 synthetic documents (enough for the progress line that marks the pass), the text files only. */
    private static Path corpus(Path dir) throws IOException {
        Path generated = dir.resolve("generated");
        SyntheticCorpus.write(21, 5, generated);
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        try (Stream<Path> s = Files.walk(generated)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(f, corpus.resolve(f.getFileName()));
            }
        }
        return corpus;
    }

    /** The command line in a child JVM on the test class path, with {@code jvm} options; its output goes to {@code log}. */
    private static Process child(Path log, List<String> jvm, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        command.addAll(jvm);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), PolicyKg.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void waitForLine(Process p, Path log) throws Exception {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (p.isAlive() && System.nanoTime() < deadline && !(Files.exists(log) && Files.readString(log).contains(PASS_LINE))) {
            Thread.sleep(100);
        }
        assertThat(Files.readString(log)).as("the ingest reached its cross-document pass").contains(PASS_LINE);
        assertThat(p.isAlive()).as("the ingest is still in its pass").isTrue();
    }

    private static Model links(KgStore store) {
        return store.read(ds -> ModelFactory.createDefaultModel().add(ds.getNamedModel(PKG.LINKS_GRAPH)));
    }
}
