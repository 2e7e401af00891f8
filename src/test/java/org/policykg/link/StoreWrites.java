package org.policykg.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.policykg.Samples;
import org.policykg.store.KgStore;

/**
 * The kinds of write that data derived by the cross-document pass (summaries, graph sizes, lookup keys) must follow,
 * for the tests that compare it with what it is derived from: files stored and passed as ingest does, a file stored
 * again changed, a file whose document gets another identity (the old document removed), and the full pass.
 */
public final class StoreWrites {

    private StoreWrites() {
    }

    /** The .txt files below {@code folder}, in name order. */
    public static List<Path> files(Path folder) {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Extracts and stores {@code files}, then runs the pass for them, as an ingest does. */
    public static void store(KgStore store, List<Path> files) {
        LinkState.replace(store, files.stream().map(f -> Samples.pipeline().extract(f)).toList());
        new CrossDocumentLinker(Samples.jurisdictions()).link(store, Set.of());
    }

    /** Keeps the first half of the file's lines: the same document, changed. */
    public static void halve(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Files.write(file, lines.subList(0, lines.size() / 2), StandardCharsets.UTF_8);
    }

    /** Gives the file's document another document number: another identity, so the old document is removed, not replaced. */
    public static void renumber(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).replaceFirst("〔(\\d{4})〕\\d+号", "〔$1〕9999号");
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /**
     * Stores the first {@code first} files, then the rest, then the third halved, then the first renumbered, then runs
     * the full pass; {@code check} runs after each of these five writes.
     */
    public static void everyKind(KgStore store, List<Path> files, int first, Consumer<KgStore> check) throws IOException {
        store(store, files.subList(0, first));
        check.accept(store);
        store(store, files.subList(first, files.size()));
        check.accept(store);
        halve(files.get(2));
        store(store, List.of(files.get(2)));
        check.accept(store);
        renumber(files.get(0));
        store(store, List.of(files.get(0)));
        check.accept(store);
        new CrossDocumentLinker(Samples.jurisdictions()).link(store);
        check.accept(store);
    }
}
