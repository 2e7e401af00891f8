package org.policykg.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench run}: measures every figure of issue 7 in one run and writes the results file. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Measure extraction, loading, queries, start-up and memory on a scale corpus; write a Markdown results file.")
class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--docs", defaultValue = "1000", paramLabel = "N", description = "main corpus size (default: ${DEFAULT-VALUE})")
    int docs;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "corpus seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", paramLabel = "FILE", description = "results file (default: bench/results/DATE.md)")
    Path out;

    @Option(names = "--corpus", paramLabel = "DIR", description = "measure this folder of documents instead of a generated corpus (its size replaces --docs)")
    Path corpus;

    @Option(names = "--sizes", split = ",", defaultValue = "100,1000", paramLabel = "N,N", description = "growth sizes besides --docs (default: ${DEFAULT-VALUE})")
    List<Integer> sizes;

    @Option(names = "--growth", description = "also measure at 10000 documents")
    boolean growth;

    @Option(names = "--runs", defaultValue = "200", description = "timed runs per query (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--warmup", defaultValue = "20", description = "warm-up runs per query (default: ${DEFAULT-VALUE})")
    int warmUp;

    @Option(names = "--query-budget", defaultValue = "120", paramLabel = "SECONDS", description = "time limit per query (default: ${DEFAULT-VALUE})")
    double queryBudget;

    @Option(names = "--min-seconds", defaultValue = "3", paramLabel = "SECONDS", description = "least time per throughput measurement (default: ${DEFAULT-VALUE})")
    double minSeconds;

    @Option(names = "--jar", paramLabel = "FILE", description = "fat jar to start for the start-up figure (default: the running jar, else target/policykg.jar)")
    Path jar;

    @Option(names = "--work", paramLabel = "DIR", description = "scratch folder for corpora and stores (default: a temporary folder, removed afterwards)")
    Path work;

    @Override
    public Integer call() throws Exception {
        if (docs < 1 || docs > CorpusGenerator.MAX_DOCS || runs < 1) {
            throw new IllegalArgumentException("--docs must be 1 to " + CorpusGenerator.MAX_DOCS + " and --runs at least 1");
        }
        if (corpus != null) {
            docs = SizeRun.documents(corpus).size();
        }
        TreeSet<Integer> all = new TreeSet<>(sizes);
        all.add(docs);
        if (growth) {
            all.add(10_000);
        }
        PrintWriter log = spec.commandLine().getErr();
        Path scratch = work != null ? Files.createDirectories(work) : Files.createTempDirectory("policykg-bench");
        String date = LocalDate.now().toString();
        Path results = out != null ? out : Path.of("bench", "results", date + ".md");
        SizeRun.Settings settings = new SizeRun.Settings(seed, Runtime.getRuntime().availableProcessors(), runs, warmUp,
                queryBudget, minSeconds, jar != null ? jar : defaultJar());
        Map<Integer, SizeResult> bySize = new TreeMap<>();
        Machine machine;
        try (LoadSampler load = new LoadSampler()) {
            for (int n : all) {
                bySize.put(n, new SizeRun(settings, log).run(n, n == docs ? corpus : null, scratch.resolve("n" + n)));
            }
            machine = Machine.current(scratch, load.summary());
        } finally {
            if (work == null) {
                SizeRun.deleteTree(scratch);
            }
        }
        String md = new Report(date, command(), seed, machine, bySize, docs).markdown();
        if (results.getParent() != null) {
            Files.createDirectories(results.getParent());
        }
        Files.writeString(results, md, StandardCharsets.UTF_8);
        spec.commandLine().getOut().println("results written to " + results);
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The command as typed, with how the jar was launched. */
    private String command() {
        List<String> args = new ArrayList<>(spec.commandLine().getParseResult().originalArgs());
        String cp = System.getProperty("java.class.path", "");
        String launcher = cp.endsWith(".jar") && !cp.contains(java.io.File.pathSeparator) ? "java -jar " + cp : "java org.policykg.PolicyKg";
        return launcher + " " + String.join(" ", args);
    }

    /** The jar this process runs from, as {@code java -jar} sets the class path; else the build's own. */
    private static Path defaultJar() {
        String cp = System.getProperty("java.class.path", "");
        if (cp.endsWith(".jar") && !cp.contains(java.io.File.pathSeparator)) {
            return Path.of(cp);
        }
        return Path.of("target", "policykg.jar");
    }
}
