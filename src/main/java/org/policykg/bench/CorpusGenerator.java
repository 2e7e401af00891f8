package org.policykg.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.policykg.gazetteer.Jurisdictions;

/**
 * Writes a scale corpus: one UTF-8 file per document in folders of 1,000, and manifest.tsv listing each
 * file with its level, jurisdiction, year, number, the number it implements and the clauses and tables
 * written. Files are written one at a time, so memory does not grow with the corpus.
 */
final class CorpusGenerator {

    static final String MANIFEST = "manifest.tsv";
    static final int MAX_DOCS = 100_000;

    record Summary(int documents, long chars, long bytes) {}

    Summary generate(int docs, long seed, Path out) throws IOException {
        if (docs < 1 || docs > MAX_DOCS) {
            throw new IllegalArgumentException("--docs must be between 1 and " + MAX_DOCS + ", not " + docs);
        }
        prepare(out);
        BenchData data = BenchData.standard();
        CorpusPlan plan = CorpusPlan.build(docs, seed, data, Jurisdictions.standard());
        DocumentComposer composer = new DocumentComposer(data, plan, seed);
        long chars = 0;
        long bytes = 0;
        try (BufferedWriter manifest = Files.newBufferedWriter(out.resolve(MANIFEST), StandardCharsets.UTF_8)) {
            manifest.write("# Scale corpus of `policykg bench generate --docs " + docs + " --seed " + seed
                    + "`: synthetic, for measuring only, never evidence of extraction quality.\n");
            manifest.write("file\tlevel\tjurisdiction\tyear\tnumber\timplements\ttitle\tclauses\ttables\tchars\n");
            for (Slot s : plan.slots()) {
                DocumentComposer.Composed c = composer.compose(s);
                Path file = out.resolve(s.file());
                Files.createDirectories(file.getParent());
                byte[] encoded = c.text().getBytes(StandardCharsets.UTF_8);
                Files.write(file, encoded);
                chars += c.text().length();
                bytes += encoded.length;
                manifest.write(String.join("\t", s.file(), s.locality().jurisdiction().level().notation(),
                        s.locality().jurisdiction().code(), String.valueOf(s.year()), s.number(),
                        s.parent() == null ? "" : s.parent().number(), s.title(), String.valueOf(c.clauses()),
                        String.valueOf(c.tables()), String.valueOf(c.text().length())));
                manifest.write('\n');
            }
        }
        return new Summary(docs, chars, bytes);
    }

    /** An empty or new folder, or one holding an earlier bench corpus, whose files are removed first. */
    private static void prepare(Path out) throws IOException {
        if (!Files.exists(out)) {
            Files.createDirectories(out);
            return;
        }
        boolean empty;
        try (Stream<Path> s = Files.list(out)) {
            empty = s.findAny().isEmpty();
        }
        if (empty) {
            return;
        }
        if (!Files.isRegularFile(out.resolve(MANIFEST))) {
            throw new IllegalArgumentException(out + " is not empty and holds no bench corpus; choose a new folder");
        }
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                String rel = out.relativize(p).toString().replace('\\', '/');
                boolean ours = rel.matches("\\d{3}/\\d{6}_[a-z]+_\\w+_\\d{4}\\.txt") || rel.equals(MANIFEST);
                if (ours || rel.matches("\\d{3}") && isEmptyDirectory(p)) {
                    Files.delete(p);
                }
            }
        }
    }

    private static boolean isEmptyDirectory(Path p) throws IOException {
        try (Stream<Path> s = Files.list(p)) {
            return s.findAny().isEmpty();
        }
    }
}
