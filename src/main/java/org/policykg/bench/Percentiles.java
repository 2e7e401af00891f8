package org.policykg.bench;

import java.util.Arrays;

/** Latency percentiles by the nearest-rank method: the smallest sample with at least p% of samples at or below it. */
record Percentiles(int runs, double p50, double p95, double p99, double mean) {

    static Percentiles of(double[] samples) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        double[] s = samples.clone();
        Arrays.sort(s);
        return new Percentiles(s.length, rank(s, 50), rank(s, 95), rank(s, 99), Arrays.stream(s).average().orElse(0));
    }

    static double rank(double[] sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
