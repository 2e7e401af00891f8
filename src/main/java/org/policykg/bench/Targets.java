package org.policykg.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.policykg.conventions.Tsv;

/** The targets of bench/targets.tsv, each marked met, missed (with why) or not measured (with what it needs). */
final class Targets {

    enum Status { MET, MISSED, NOT_MEASURED }

    record Check(String measure, String target, String measured, Status status, String why) {}

    private record Figure(String measured, double value, String detail) {}

    private final Map<Integer, SizeResult> bySize;
    private final SizeResult main;

    Targets(Map<Integer, SizeResult> bySize, int mainSize) {
        this.bySize = bySize;
        this.main = bySize.get(mainSize);
    }

    List<Check> evaluate() {
        List<Check> out = new ArrayList<>();
        for (Map<String, String> t : Tsv.classpath("bench/targets.tsv")) {
            double limit = Double.parseDouble(t.get("limit"));
            boolean atMost = !t.get("target").startsWith("≥");
            Figure f;
            try {
                f = figure(t.get("id"));
            } catch (NotMeasured e) {
                out.add(new Check(t.get("measure"), t.get("target"), "—", Status.NOT_MEASURED, e.getMessage()));
                continue;
            }
            boolean met = atMost ? f.value() <= limit : f.value() >= limit;
            String why = met ? f.detail() : t.get("cause") + (f.detail().isEmpty() ? "" : "; " + f.detail());
            out.add(new Check(t.get("measure"), t.get("target"), f.measured(), met ? Status.MET : Status.MISSED, why));
        }
        return out;
    }

    private Figure figure(String id) {
        return switch (id) {
            case "extraction" -> {
                ExtractionBench.Result x = main.extraction();
                int cores = x.rows().stream().mapToInt(Throughput::threads).max().orElse(1);
                StageTimer.Stage top = x.stages().stream().max(Comparator.comparingDouble(StageTimer.Stage::share)).orElseThrow();
                yield new Figure(Fmt.ratio(x.ratio(1)) + " (1 thread), " + Fmt.ratio(x.ratio(cores)) + " (" + cores + " threads)",
                        x.ratio(1), String.format(java.util.Locale.ROOT, "largest stage: %s, %.0f%% of the pipeline's time",
                                top.name(), 100 * top.share()));
            }
            case "load" -> new Figure(Fmt.ratio(main.load().ratio()), main.load().ratio(), Fmt.si(main.load().storeTriplesPerSecond())
                    + " vs " + Fmt.si(main.load().loaderTriplesPerSecond()) + " triples/s");
            case "obligations" -> p50(size(10_000), "obligations-of-agency");
            case "chain-trace" -> {
                Figure a = p50(size(10_000), "reporting-chain");
                Figure b = p50(size(10_000), "trace");
                yield new Figure("reporting-chain " + a.measured() + ", trace " + b.measured(), Math.max(a.value(), b.value()), "");
            }
            case "rules" -> {
                Figure f = p50(size(1_000), "rules/");
                yield new Figure(Fmt.seconds(f.value() / 1000), f.value(), "");
            }
            case "agency-growth" -> {
                double growth = p50(size(10_000), "obligations-of-agency").value() / p50(size(1_000), "obligations-of-agency").value();
                yield new Figure(Fmt.ratio(growth), growth, "");
            }
            case "startup" -> {
                if (!main.startup().measured()) {
                    throw new NotMeasured(main.startup().note());
                }
                String note = main.startup().note();
                yield new Figure(Fmt.seconds(main.startup().seconds()), main.startup().seconds(), "at " + Fmt.count(main.docs())
                        + " documents" + (note.isEmpty() ? "" : "; " + note));
            }
            case "ingest-rss" -> {
                SizeResult s = size(1_000);
                long rss = s.ingest().memory().rssBytes().orElseThrow(() -> new NotMeasured("no /proc/self/status on this system"));
                MemoryProbe.Peak m = s.ingest().memory();
                yield new Figure(Fmt.bytes(rss), rss, "at the end " + Fmt.bytes(m.rssFileBytes()) + " of the resident set was "
                        + "file-backed (the store, " + Fmt.bytes(s.ingest().storeBytes()) + " on disk); heap peak "
                        + Fmt.bytes(m.heapPeakBytes()) + ", live heap " + Fmt.bytes(m.liveHeapBytes()));
            }
            default -> throw new NotMeasured("unknown target id '" + id + "' in bench/targets.tsv");
        };
    }

    private SizeResult size(int docs) {
        return Optional.ofNullable(bySize.get(docs)).orElseThrow(() -> new NotMeasured("needs a run at " + Fmt.count(docs)
                + " documents" + (docs == 10_000 ? " (bench run --growth)" : "")));
    }

    private static Figure p50(SizeResult s, String query) {
        QueryBench.Timing t = s.queries().stream().filter(q -> q.name().equals(query)).findFirst()
                .orElseThrow(() -> new NotMeasured("query " + query + " not yet available"));
        Function<QueryBench.Timing, String> why = x -> switch (x.status()) {
            case NOT_AVAILABLE -> "query " + query + " not yet available";
            case FAILED -> "query " + query + " failed: " + x.note();
            default -> "query " + query + ": " + x.note();
        };
        if (t.status() != QueryBench.Status.MEASURED) {
            throw new NotMeasured(why.apply(t));
        }
        return new Figure(Fmt.ms(t.latency().p50()) + " ms", t.latency().p50(), "");
    }

    /** A target that this run could not check, with what it would need. */
    private static final class NotMeasured extends RuntimeException {
        NotMeasured(String why) {
            super(why, null, false, false);
        }
    }
}
