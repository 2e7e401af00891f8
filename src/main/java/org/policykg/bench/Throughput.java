package org.policykg.bench;

/**
 * One throughput measurement: how much work, on how many threads, in how long (over {@code passes} passes);
 * {@code output} is what one pass made (triples, or terms of the segmenter).
 */
record Throughput(String what, int threads, int passes, long docs, long chars, double seconds, long output) {

    double charsPerSecond() {
        return passes * chars / seconds;
    }

    double docsPerSecond() {
        return passes * docs / seconds;
    }
}
