package org.policykg.bench;

import java.util.ArrayList;
import java.util.List;

/** The section of the results file with every figure at one size. */
final class SizeSection {

    private final SizeResult s;

    SizeSection(SizeResult s) {
        this.s = s;
    }

    void append(StringBuilder md) {
        md.append("## Figures at ").append(Fmt.count(s.docs())).append(" documents (").append(Fmt.si(s.chars()))
                .append(" characters)\n\n");
        extraction(md);
        load(md);
        ingest(md);
        queries(md);
        startup(md);
    }

    private void extraction(StringBuilder md) {
        ExtractionBench.Result x = s.extraction();
        md.append("### Extraction throughput\n\n");
        List<List<String>> rows = new ArrayList<>();
        for (Throughput t : x.rows()) {
            String what = t.what().equals(ExtractionBench.PIPELINE) ? "DocumentPipeline.extract" : "HanLP standard segmenter (baseline)";
            String output = Fmt.si(t.output()) + (t.what().equals(ExtractionBench.PIPELINE) ? " triples" : " terms");
            rows.add(List.of(what, String.valueOf(t.threads()), Fmt.si(t.charsPerSecond()), Fmt.sig(t.docsPerSecond()),
                    String.valueOf(t.passes()), Fmt.seconds(t.seconds()), output));
        }
        md.append(Fmt.table(List.of("what", "threads", "chars/s", "docs/s", "passes", "time", "output per pass"), rows));
        int cores = x.rows().stream().mapToInt(Throughput::threads).max().orElse(1);
        md.append("Ratio pipeline / segmenter: **").append(Fmt.ratio(x.ratio(1))).append("** on 1 thread");
        if (cores > 1) {
            md.append(", **").append(Fmt.ratio(x.ratio(cores))).append("** on ").append(cores).append(" threads");
        }
        md.append(".\n\nWhere one thread's pipeline time goes (annotation, then RDF mapping, file by file):\n\n");
        List<List<String>> stages = new ArrayList<>();
        for (StageTimer.Stage st : x.stages()) {
            stages.add(List.of(st.name(), String.format(java.util.Locale.ROOT, "%.0f%%", 100 * st.share())));
        }
        md.append(Fmt.table(List.of("stage", "share of the pipeline's time"), stages));
    }

    private void load(StringBuilder md) {
        LoadBench.Result l = s.load();
        md.append("### Load throughput into TDB2\n\n");
        md.append(l.table());
        md.append("Ratio KgStore / Jena loader: **").append(Fmt.ratio(l.ratio())).append("**")
                .append(Double.isNaN(l.bulkSeconds()) ? "" : "; ingest --bulk's loading / Jena loader: **" + Fmt.ratio(l.bulkRatio()) + "**")
                .append(".\n\n");
    }

    private void ingest(StringBuilder md) {
        SizeResult.Ingest i = s.ingest();
        MemoryProbe.Peak p = i.memory();
        md.append("### Ingest (IngestService, as `policykg ingest`)\n\n");
        md.append(Fmt.table(List.of("documents", "failed", "triples", "time", "docs/s", "triples/s", "store on disk"),
                List.of(List.of(Fmt.count(i.documents()), String.valueOf(i.failed()), Fmt.count(i.triples()), Fmt.seconds(i.seconds()),
                        Fmt.sig(i.documents() / i.seconds()), Fmt.si(i.triples() / i.seconds()), Fmt.bytes(i.storeBytes())))));
        md.append(Fmt.table(List.of("peak RSS", "file-backed RSS at the end", "heap peak (sum of pools)", "live heap (largest after GC)"),
                List.of(List.of(Fmt.bytes(p.rssBytes()) + (p.rssSincePhase() ? "" : " (whole run)"), Fmt.bytes(p.rssFileBytes()),
                        Fmt.bytes(p.heapPeakBytes()), Fmt.bytes(p.liveHeapBytes())))));
    }

    private void queries(StringBuilder md) {
        md.append("### Query latency (ms)\n\n");
        List<List<String>> rows = new ArrayList<>();
        for (QueryBench.Timing t : s.queries()) {
            if (t.status() == QueryBench.Status.MEASURED) {
                Percentiles p = t.latency();
                rows.add(List.of(t.name(), t.label(), String.valueOf(p.runs()), Fmt.ms(p.p50()), Fmt.ms(p.p95()), Fmt.ms(p.p99()),
                        Fmt.count(t.rows()), t.note()));
            } else {
                String status = t.status() == QueryBench.Status.NOT_AVAILABLE ? "not yet available"
                        : t.status() == QueryBench.Status.FAILED ? "failed" : "not measured";
                rows.add(List.of(t.name(), t.label(), "—", "—", "—", "—", "—", status + (t.note().isEmpty() ? "" : ": " + t.note())));
            }
        }
        md.append(Fmt.table(List.of("query", "what", "runs", "p50", "p95", "p99", "rows", "note"), rows));
    }

    private void startup(StringBuilder md) {
        StartupBench.Result r = s.startup();
        md.append("### Start-up and serving\n\n");
        if (!r.measured()) {
            md.append("Not measured: ").append(r.note()).append("\n\n");
            return;
        }
        md.append(Fmt.table(List.of("start-up until both endpoints answer", "server peak RSS", "server heap in use"),
                List.of(List.of(Fmt.seconds(r.seconds()), Fmt.bytes(r.rssBytes()), Fmt.bytes(r.heapBytes())))));
        if (!r.note().isEmpty()) {
            md.append("Of the start-up, ").append(r.note()).append(".\n\n");
        }
        md.append(Fmt.table(List.of("command (java -jar policykg.jar …)", "wall time, median of 3"),
                r.commands().stream().map(c -> List.of(c.command(), Fmt.seconds(c.seconds()))).toList()));
    }

}
