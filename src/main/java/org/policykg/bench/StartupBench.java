package org.policykg.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up of {@code java -jar policykg.jar serve} on an existing store, as a child process on free
 * ports: the time from launch until both the web API and the SPARQL endpoint answer. Then a few requests,
 * and the server's peak resident memory (its /proc status) and heap in use (its metrics endpoint).
 */
final class StartupBench {

    /**
     * {@code note}: why it was not measured, or what the server's own log says of its start; {@code commands}: short
     * commands on the same store, timed once the server has stopped.
     */
    record Result(boolean measured, double seconds, OptionalLong rssBytes, OptionalLong heapBytes, String note,
                  List<CommandTimes.Timing> commands) {

        static Result skipped(String why) {
            return new Result(false, 0, OptionalLong.empty(), OptionalLong.empty(), why, List.of());
        }
    }

    private static final Pattern STARTED = Pattern.compile("Started \\w+ in ([0-9.]+) seconds \\(process running for ([0-9.]+)\\)");

    private static final Duration LIMIT = Duration.ofSeconds(180);
    private static final int REQUESTS = 40;
    private static final Pattern VALUE = Pattern.compile("\"value\"\\s*:\\s*([0-9.Ee+]+)");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    Result run(Path jar, Path store, Path log) throws IOException, InterruptedException {
        if (jar == null || !Files.isRegularFile(jar)) {
            return Result.skipped("no fat jar (" + jar + "); build it with mvn -DskipTests package");
        }
        Result serve = serve(jar, store, log);
        return serve.measured() ? new Result(true, serve.seconds(), serve.rssBytes(), serve.heapBytes(), serve.note(),
                new CommandTimes().run(jar, store)) : serve;
    }

    private Result serve(Path jar, Path store, Path log) throws IOException, InterruptedException {
        int web = freePort();
        int sparql = freePort();
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(javaBin, "-jar", jar.toString(), "--store", store.toString(), "serve",
                "--server.port=" + web, "--policykg.fuseki.port=" + sparql,
                "--management.endpoints.web.exposure.include=health,info,metrics")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long t0 = System.nanoTime();
        try {
            String api = "http://127.0.0.1:" + web + "/api/documents";
            String ask = "http://127.0.0.1:" + sparql + "/kg/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8);
            boolean webUp = false;
            boolean sparqlUp = false;
            while (!(webUp && sparqlUp)) {
                if (!p.isAlive() || System.nanoTime() - t0 > LIMIT.toNanos()) {
                    return Result.skipped("serve did not answer within " + LIMIT.toSeconds() + " s (exit "
                            + (p.isAlive() ? "-" : p.exitValue()) + "): " + tail(log));
                }
                webUp = webUp || ok(api);
                sparqlUp = sparqlUp || ok(ask);
                Thread.sleep(25);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            String count = "http://127.0.0.1:" + sparql + "/kg/sparql?query="
                    + URLEncoder.encode("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", StandardCharsets.UTF_8);
            for (int i = 0; i < REQUESTS; i++) {
                ok(i % 2 == 0 ? api : count);
            }
            OptionalLong heap = metric("http://127.0.0.1:" + web + "/actuator/metrics/jvm.memory.used?tag=area:heap");
            OptionalLong rss = MemoryProbe.residentPeak(Path.of("/proc/" + p.pid() + "/status"));
            return new Result(true, seconds, rss, heap, started(log), List.of());
        } finally {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        }
    }

    private boolean ok(String url) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private OptionalLong metric(String url) throws InterruptedException {
        try {
            String body = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = VALUE.matcher(body);
            return m.find() ? OptionalLong.of((long) Double.parseDouble(m.group(1))) : OptionalLong.empty();
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    /** Spring's own account: when the process had been running for Y s, the application started in X s. */
    private static String started(Path log) {
        String text;
        try {
            text = Files.exists(log) ? new String(Files.readAllBytes(log), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
        Matcher m = STARTED.matcher(text);
        return m.find() ? "the server logged: application context started in " + m.group(1) + " s, process running for "
                + m.group(2) + " s" : "";
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.exists(log) ? new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList() : List.of();
        return String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
    }
}
