package org.policykg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Samples the system load average (/proc/loadavg) during a run: figures taken while other processes
 * compete for the cores are slower, and the results file should say so.
 */
final class LoadSampler implements AutoCloseable {

    private final List<Double> samples = new ArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "load-sampler");
        t.setDaemon(true);
        return t;
    });

    LoadSampler() {
        timer.scheduleAtFixedRate(this::sample, 0, 5, TimeUnit.SECONDS);
    }

    private void sample() {
        try {
            double load = Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split("\\s+")[0]);
            synchronized (samples) {
                samples.add(load);
            }
        } catch (IOException | RuntimeException e) {
            // no /proc/loadavg here: the summary says n/a
        }
    }

    /** "mean 1.20, max 3.40 (1-minute load average, 42 samples)", or n/a. */
    String summary() {
        synchronized (samples) {
            if (samples.isEmpty()) {
                return "n/a";
            }
            double mean = samples.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            double max = samples.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            return String.format(Locale.ROOT, "mean %.2f, max %.2f (1-minute load average every 5 s, %d samples)", mean, max,
                    samples.size());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
