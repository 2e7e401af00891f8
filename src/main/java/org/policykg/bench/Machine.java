package org.policykg.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The machine and JVM a run measured, as the results file describes them. */
record Machine(int cores, String cpu, long memoryBytes, String os, String jdk, long maxHeapBytes, String jvmArgs,
               double syncMillis, String load) {

    private static final int SYNCS = 21;

    /** The machine, with the latency of a 4 KiB write and fsync in {@code dir} (TDB2 syncs on every commit). */
    static Machine current(Path dir, String load) throws IOException {
        return new Machine(Runtime.getRuntime().availableProcessors(),
                procField(Path.of("/proc/cpuinfo"), "model name").orElse(System.getProperty("os.arch")),
                procField(Path.of("/proc/meminfo"), "MemTotal").map(v -> Long.parseLong(v.replaceAll("\\D", "")) * 1024).orElse(0L),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " (" + System.getProperty("os.arch") + ")",
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                        + " (" + System.getProperty("java.vendor") + ")",
                Runtime.getRuntime().maxMemory(),
                String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()), syncMillis(dir), load);
    }

    private static double syncMillis(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path f = Files.createTempFile(dir, "sync", ".bin");
        double[] ms = new double[SYNCS];
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE)) {
            for (int i = 0; i < SYNCS; i++) {
                long t0 = System.nanoTime();
                ch.write(ByteBuffer.allocate(4096), (long) i * 4096);
                ch.force(true);
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
        } finally {
            Files.delete(f);
        }
        return Percentiles.of(ms).p50();
    }

    private static Optional<String> procField(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.stream().filter(l -> l.toLowerCase(Locale.ROOT).startsWith(key.toLowerCase(Locale.ROOT)))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
