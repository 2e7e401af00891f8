package org.policykg.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench http}: concurrent clients against a running {@code serve} (issue 14's load): the SPARQL endpoint, the
 * JSON API and the pages, by the mix of bench/load.tsv with parameters drawn from the served store through its
 * SPARQL endpoint. Prints a Markdown section (throughput, errors, p50/p95/p99 by kind and by request) and appends it
 * to {@code --out}. Exit 1 if any request failed.
 */
@Command(name = "http", mixinStandardHelpOptions = true,
        description = "Load a running serve with concurrent clients; report throughput, errors and latency percentiles.")
class HttpCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--web", defaultValue = "http://localhost:8080", description = "the web app's base URL (default: ${DEFAULT-VALUE})")
    String web;

    @Option(names = "--sparql", defaultValue = "http://localhost:3030/kg/sparql",
            description = "the SPARQL endpoint's URL (default: ${DEFAULT-VALUE})")
    String sparql;

    @Option(names = "--clients", defaultValue = "32", description = "concurrent clients (default: ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--seconds", defaultValue = "60", description = "measured time (default: ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--warmup", defaultValue = "10", paramLabel = "SECONDS", description = "load before measuring, not counted (default: ${DEFAULT-VALUE})")
    int warmUp;

    @Option(names = "--label", defaultValue = "", description = "what was served, for the heading (e.g. the samples)")
    String label;

    @Option(names = "--out", paramLabel = "FILE", description = "also append the section to this Markdown file")
    Path out;

    @Override
    public Integer call() throws IOException, InterruptedException {
        HttpLoad.Result r;
        String load;
        try (LoadSampler l = new LoadSampler()) {
            r = new HttpLoad(new LoadMix(ParamSampler.remote(sparql), web, sparql), clients).run(Duration.ofSeconds(warmUp), Duration.ofSeconds(seconds));
            load = l.summary();
        }
        String md = markdown(r, load);
        PrintWriter w = spec.commandLine().getOut();
        w.print(md);
        w.flush();
        if (out != null) {
            Files.writeString(out, md, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        return r.errors() == 0 ? 0 : 1;
    }

    private String markdown(HttpLoad.Result r, String load) {
        StringBuilder md = new StringBuilder();
        md.append("### ").append(r.clients()).append(" clients × ").append(seconds).append(" s").append(label.isEmpty() ? "" : ", " + label)
                .append("\n\n");
        md.append(String.format(Locale.ROOT, "`bench http --clients %d --seconds %d --warmup %d` against %s and %s: %s requests in %.1f s "
                + "(%s/s), **%s errors**; system load %s.%n%n", r.clients(), seconds, warmUp, web, sparql, Fmt.count(r.requests()),
                r.seconds(), Fmt.sig(r.perSecond()), Fmt.count(r.errors()), load));
        md.append(Fmt.table(List.of("kind", "answered", "errors", "req/s", "p50 ms", "p95 ms", "p99 ms"),
                r.byKind().stream().map(f -> row(f, r.seconds())).toList()));
        md.append(Fmt.table(List.of("request", "answered", "errors", "req/s", "p50 ms", "p95 ms", "p99 ms"),
                r.byTarget().stream().map(f -> row(f, r.seconds())).toList()));
        if (!r.errorSamples().isEmpty()) {
            md.append("Errors (first distinct ones):\n\n");
            r.errorSamples().forEach(e -> md.append("- ").append(e).append('\n'));
            md.append('\n');
        }
        return md.toString();
    }

    private static List<String> row(HttpLoad.Figures f, double seconds) {
        List<String> row = new ArrayList<>(List.of(f.label(), Fmt.count(f.ok()), Fmt.count(f.errors()), Fmt.sig(f.ok() / seconds)));
        Percentiles p = f.latency();
        row.addAll(p == null ? List.of("—", "—", "—") : List.of(Fmt.ms(p.p50()), Fmt.ms(p.p95()), Fmt.ms(p.p99())));
        return row;
    }
}
