package org.policykg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.policykg.read.DocumentReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench readers}: each format reader's throughput (characters of text produced per second, one thread)
 * against the plain-text reader on the same documents, measured in one run: text before and after the formats,
 * its mean the baseline.
 */
@Command(name = "readers", mixinStandardHelpOptions = true,
        description = "Measure each format reader (.docx, .doc, .pdf, .html) against the text reader on the same documents.")
class ReadersCommand implements Callable<Integer> {

    private static final List<String> FORMATS = List.of("docx", "doc", "pdf", "html");

    @Spec
    CommandSpec spec;

    @Option(names = "--formats", defaultValue = "src/test/resources/formats", paramLabel = "DIR",
            description = "the documents saved in each format, named as their text originals (default: ${DEFAULT-VALUE})")
    Path formats;

    @Option(names = "--text", defaultValue = "corpus", paramLabel = "DIR", description = "the text originals (default: ${DEFAULT-VALUE})")
    Path text;

    @Option(names = "--min-seconds", defaultValue = "3", paramLabel = "SECONDS", description = "least time per reader (default: ${DEFAULT-VALUE})")
    double minSeconds;

    @Option(names = "--out", paramLabel = "FILE", description = "results file (default: bench/results/readers-DATE.md)")
    Path out;

    private final DocumentReader reader = new DocumentReader();

    @Override
    public Integer call() throws IOException {
        List<Path> originals;
        try (Stream<Path> s = Files.list(text)) {
            originals = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Throughput before = measure("txt", originals);
        List<Throughput> byFormat = new ArrayList<>();
        for (String ext : FORMATS) {
            List<Path> files = originals.stream()
                    .map(p -> formats.resolve(p.getFileName().toString().replaceFirst("\\.txt$", "." + ext)))
                    .filter(Files::isRegularFile).toList();
            if (!files.isEmpty()) {
                byFormat.add(measure(ext, files));
            }
        }
        Throughput after = measure("txt", originals);
        double baseline = (before.charsPerSecond() + after.charsPerSecond()) / 2;
        StringBuilder md = new StringBuilder("# Readers, ").append(LocalDate.now()).append("\n\nCommand: `bench readers --formats ")
                .append(formats).append(" --text ").append(text).append(" --min-seconds ").append(minSeconds)
                .append("`\n\nOne thread; characters are those of the text each reader lays out. Baseline: the text reader on the ")
                .append("originals, measured before and after the formats (").append(Fmt.si(before.charsPerSecond())).append(" and ")
                .append(Fmt.si(after.charsPerSecond())).append(" chars/s).\n\n")
                .append("| format | documents | chars per pass | passes | seconds | chars/s | × text reader |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Throughput t : byFormat) {
            md.append(String.format(java.util.Locale.ROOT, "| %s | %d | %d | %d | %.2f | %s | %.3f |%n", t.what(), t.docs(), t.chars(),
                    t.passes(), t.seconds(), Fmt.si(t.charsPerSecond()), t.charsPerSecond() / baseline));
        }
        Path results = out != null ? out : Path.of("bench", "results", "readers-" + LocalDate.now() + ".md");
        if (results.getParent() != null) {
            Files.createDirectories(results.getParent());
        }
        Files.writeString(results, md, StandardCharsets.UTF_8);
        spec.commandLine().getOut().print(md);
        spec.commandLine().getOut().println("\nresults written to " + results);
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** One warm-up pass, then whole passes over the files until the least time has passed. */
    private Throughput measure(String what, List<Path> files) {
        long chars = pass(files);
        int passes = 0;
        long t0 = System.nanoTime();
        double seconds;
        do {
            pass(files);
            passes++;
            seconds = (System.nanoTime() - t0) / 1e9;
        } while (seconds < minSeconds);
        return new Throughput(what, 1, passes, files.size(), chars, seconds, 0);
    }

    private long pass(List<Path> files) {
        long chars = 0;
        for (Path f : files) {
            chars += reader.read(f).text().length();
        }
        return chars;
    }
}
