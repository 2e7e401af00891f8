package org.policykg.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code clients} concurrent clients, each sending the next request of the {@link LoadMix} as soon as its last one is
 * answered, for a warm-up (not counted) and then for the measured time. A request is an error unless it is answered
 * 200 with its whole body; the first distinct errors are kept to be shown.
 */
final class HttpLoad {

    /** Answers and latencies (ms) of one row of the mix, or of one kind of request. */
    record Figures(String label, long ok, long errors, Percentiles latency) {}

    record Result(int clients, double seconds, long requests, long errors, List<Figures> byKind, List<Figures> byTarget,
                  List<String> errorSamples) {

        double perSecond() {
            return requests / seconds;
        }
    }

    private static final int ERROR_SAMPLES = 10;

    private final LoadMix mix;
    private final int clients;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    HttpLoad(LoadMix mix, int clients) {
        this.mix = mix;
        this.clients = clients;
    }

    Result run(Duration warmUp, Duration measured) throws InterruptedException {
        Map<LoadMix.Target, List<Double>> latencies = new ConcurrentHashMap<>();
        Map<LoadMix.Target, AtomicLong> errors = new ConcurrentHashMap<>();
        Set<String> samples = ConcurrentHashMap.newKeySet();
        AtomicLong next = new AtomicLong();
        AtomicLong lastAnswer = new AtomicLong();
        long start = System.nanoTime() + warmUp.toNanos();
        long end = start + measured.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread client = new Thread(() -> {
                while (System.nanoTime() < end) {
                    LoadMix.Request r = mix.request(next.getAndIncrement());
                    long t0 = System.nanoTime();
                    String error = send(r);
                    long t1 = System.nanoTime();
                    if (t0 < start) {
                        continue;
                    }
                    lastAnswer.accumulateAndGet(t1, Math::max);
                    if (error == null) {
                        List<Double> l = latencies.computeIfAbsent(r.target(), k -> new ArrayList<>());
                        synchronized (l) {
                            l.add((t1 - t0) / 1e6);
                        }
                    } else {
                        errors.computeIfAbsent(r.target(), k -> new AtomicLong()).incrementAndGet();
                        if (samples.size() < ERROR_SAMPLES) {
                            samples.add(r.target().label() + ": " + error);
                        }
                    }
                }
            }, "load-client-" + c);
            client.start();
            threads.add(client);
        }
        for (Thread t : threads) {
            t.join();
        }
        return result(latencies, errors, samples, (lastAnswer.get() - start) / 1e9);
    }

    /** null when answered 200 with its whole body, else what went wrong. */
    private String send(LoadMix.Request r) {
        try {
            HttpResponse<String> answer = http.send(r.http(), HttpResponse.BodyHandlers.ofString());
            String body = answer.body().strip().replaceAll("\\s+", " ");
            return answer.statusCode() == 200 ? null : "HTTP " + answer.statusCode() + " " + body.substring(0, Math.min(160, body.length()));
        } catch (IOException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private Result result(Map<LoadMix.Target, List<Double>> latencies, Map<LoadMix.Target, AtomicLong> errors, Set<String> samples,
                          double seconds) {
        List<Figures> byTarget = new ArrayList<>();
        for (LoadMix.Target t : mix.targets()) {
            byTarget.add(figures(t.label(), latencies.getOrDefault(t, List.of()), count(errors, t)));
        }
        Map<LoadMix.Kind, List<Double>> kindLatencies = new LinkedHashMap<>();
        Map<LoadMix.Kind, Long> kindErrors = new LinkedHashMap<>();
        for (LoadMix.Target t : mix.targets()) {
            kindLatencies.computeIfAbsent(t.kind(), k -> new ArrayList<>()).addAll(latencies.getOrDefault(t, List.of()));
            kindErrors.merge(t.kind(), count(errors, t), Long::sum);
        }
        List<Figures> byKind = new ArrayList<>();
        kindLatencies.forEach((k, l) -> byKind.add(figures(k.name().toLowerCase(Locale.ROOT), l, kindErrors.get(k))));
        long ok = byKind.stream().mapToLong(Figures::ok).sum();
        long failed = byKind.stream().mapToLong(Figures::errors).sum();
        return new Result(clients, seconds, ok + failed, failed, byKind, byTarget, List.copyOf(samples));
    }

    private static long count(Map<LoadMix.Target, AtomicLong> errors, LoadMix.Target t) {
        AtomicLong n = errors.get(t);
        return n == null ? 0 : n.get();
    }

    private static Figures figures(String label, List<Double> ms, long errors) {
        return new Figures(label, ms.size(), errors, ms.isEmpty() ? null : Percentiles.of(ms.stream().mapToDouble(Double::doubleValue).toArray()));
    }
}
