package org.policykg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;

/** The results file: machine, exact command, targets, every figure at the main size, and growth across sizes. */
final class Report {

    private final String date;
    private final String command;
    private final long seed;
    private final Machine machine;
    private final Map<Integer, SizeResult> bySize;
    private final int mainSize;

    Report(String date, String command, long seed, Machine machine, Map<Integer, SizeResult> bySize, int mainSize) {
        this.date = date;
        this.command = command;
        this.seed = seed;
        this.machine = machine;
        this.bySize = bySize;
        this.mainSize = mainSize;
    }

    String markdown() {
        SizeResult m = bySize.get(mainSize);
        StringBuilder md = new StringBuilder();
        md.append("# PolicyKG benchmark, ").append(date).append("\n\n");
        md.append("Command: `").append(command).append("`\n\n");
        md.append("Input: the synthetic scale corpus of `bench generate` (seed ").append(seed).append(") unless `--corpus` names ")
                .append("another folder. It is for measuring only, never evidence of extraction quality. All figures come from ")
                .append("this one run, on the same input, in the same JVM unless said otherwise.\n\n");
        md.append("## Machine\n\n").append(Fmt.table(List.of("", ""), List.of(
                List.of("cores", String.valueOf(machine.cores())), List.of("CPU", machine.cpu()),
                List.of("memory", Fmt.bytes(machine.memoryBytes())), List.of("OS", machine.os()), List.of("JDK", machine.jdk()),
                List.of("JVM max heap", Fmt.bytes(machine.maxHeapBytes())),
                List.of("JVM options", machine.jvmArgs().isEmpty() ? "(none)" : "`" + machine.jvmArgs() + "`"),
                List.of("disk sync (4 KiB append + fsync, median)", Fmt.ms(machine.syncMillis()) + " ms"),
                List.of("system load during the run", machine.load()))));
        md.append("Figures taken while the load average exceeds the cores were slowed by other processes.\n\n");
        md.append("## Targets\n\n");
        List<List<String>> checks = new ArrayList<>();
        for (Targets.Check c : new Targets(bySize, mainSize).evaluate()) {
            String status = switch (c.status()) {
                case MET -> "met";
                case MISSED -> "**missed**";
                case NOT_MEASURED -> "not measured";
            };
            checks.add(List.of(c.measure(), c.target(), c.measured(), status, c.why()));
        }
        md.append(Fmt.table(List.of("measure", "target", "measured", "status", "why"), checks));
        new SizeSection(m).append(md);
        growth(md);
        method(md);
        return md.toString();
    }

    private void growth(StringBuilder md) {
        List<Integer> sizes = new ArrayList<>(bySize.keySet());
        md.append("## Growth\n\nThe same figures at every size of this run; the last column is the factor from the smallest to the ")
                .append("largest size.\n\n");
        List<String> header = new ArrayList<>(List.of("figure"));
        sizes.forEach(s -> header.add(Fmt.count(s) + " docs"));
        header.add("growth");
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("corpus characters", sizes, s -> (double) s.chars(), Fmt::si));
        rows.add(row("pipeline chars/s (1 thread)", sizes, s -> s.extraction().get(ExtractionBench.PIPELINE, 1).charsPerSecond(), Fmt::si));
        rows.add(row("segmenter chars/s (1 thread)", sizes, s -> s.extraction().get(ExtractionBench.SEGMENTER, 1).charsPerSecond(), Fmt::si));
        rows.add(row("pipeline / segmenter (1 thread)", sizes, s -> s.extraction().ratio(1), Fmt::ratio));
        rows.add(row("KgStore.replaceAll triples/s", sizes, s -> s.load().storeTriplesPerSecond(), Fmt::si));
        rows.add(row("Jena loader triples/s", sizes, s -> s.load().loaderTriplesPerSecond(), Fmt::si));
        rows.add(row("load ratio", sizes, s -> s.load().ratio(), Fmt::ratio));
        rows.add(row("ingest docs/s", sizes, s -> s.ingest().documents() / s.ingest().seconds(), Fmt::sig));
        rows.add(row("ingest peak RSS", sizes, s -> opt(s.ingest().memory().rssBytes()), v -> Fmt.bytes(v.longValue())));
        rows.add(row("ingest live heap", sizes, s -> (double) s.ingest().memory().liveHeapBytes(), v -> Fmt.bytes(v.longValue())));
        rows.add(row("store on disk after ingest", sizes, s -> (double) s.ingest().storeBytes(), v -> Fmt.bytes(v.longValue())));
        rows.add(row("store on disk, KgStore.replaceAll", sizes, s -> (double) s.load().storeBytes(), v -> Fmt.bytes(v.longValue())));
        rows.add(row("store on disk, Jena loader", sizes, s -> (double) s.load().loaderBytes(), v -> Fmt.bytes(v.longValue())));
        for (QueryBench.Timing t : bySize.get(sizes.get(sizes.size() - 1)).queries()) {
            rows.add(row(t.name() + " p50 (ms)", sizes, s -> s.query(t.name()).map(q -> q.latency().p50()).orElse(Double.NaN), Fmt::ms));
        }
        rows.add(row("serve start-up", sizes, s -> s.startup().measured() ? s.startup().seconds() : Double.NaN, Fmt::seconds));
        rows.add(row("serve peak RSS", sizes, s -> opt(s.startup().rssBytes()), v -> Fmt.bytes(v.longValue())));
        md.append(Fmt.table(header, rows));
    }

    private List<String> row(String name, List<Integer> sizes, Function<SizeResult, Double> value, Function<Double, String> fmt) {
        List<String> r = new ArrayList<>(List.of(name));
        List<Double> values = sizes.stream().map(s -> value.apply(bySize.get(s))).toList();
        values.forEach(v -> r.add(v.isNaN() ? "—" : fmt.apply(v)));
        double first = values.get(0);
        double last = values.get(values.size() - 1);
        r.add(values.size() < 2 || first == 0 || Double.isNaN(first) || Double.isNaN(last) ? "—" : Fmt.ratio(last / first));
        return r;
    }

    private static double opt(OptionalLong v) {
        return v.isPresent() ? v.getAsLong() : Double.NaN;
    }

    private static void method(StringBuilder md) {
        md.append("## Method\n\n")
                .append("- Extraction: `DocumentPipeline.extract` (read, structure, metadata, facts, RDF) against `HanLP.newSegment().seg(text)` ")
                .append("over the same files; both read and decode each file. Warm-up on up to 100 documents, then passes ")
                .append("repeat until each measurement ran at least the minimum time. The stage breakdown times the pipeline's two halves ")
                .append("file by file: annotation (read, structure, metadata, facts) and RDF mapping.\n")
                .append("- Load: after the ingest store is deleted, only the `KgStore.replaceAll` calls are timed (one write transaction ")
                .append("per batch of documents, as ingest writes them, into a fresh TDB2 folder); the same quads, written as N-Quads, go through Jena's `LoaderFactory.createLoader` (the phased ")
                .append("loader, tdb2.tdbloader's default) into another fresh folder, timed from start to finish including parsing.\n")
                .append("- Ingest: the product's `IngestService` on the corpus folder, as `policykg ingest` runs it. Peak RSS is ")
                .append("VmHWM of /proc/self/status after resetting it through /proc/self/clear_refs; the process already holds ")
                .append("whatever earlier sizes left in its heap, and memory-mapped store files count as resident. Heap peak ")
                .append("sums the heap pools' peaks; live heap is the largest heap left after a collection. Store sizes are the ")
                .append("bytes of the store's files.\n")
                .append("- Queries: `QueryRunner.select` as the command line runs catalog queries, parameters drawn from the store ")
                .append("by bench/params.tsv, warm-up first; p50/p95/p99 by nearest rank.\n")
                .append("- Start-up: `java -jar policykg.jar --store … serve` as a child process on free ports, on the store the ")
                .append("ingest built, until both `/api/documents` and the SPARQL endpoint answer 200; then 40 requests, the ")
                .append("child's VmHWM and its heap in use from the metrics endpoint.\n");
    }
}
