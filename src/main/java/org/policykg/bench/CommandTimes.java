package org.policykg.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Wall time of short commands as a user types them ({@code java -jar policykg.jar …}), each a fresh JVM: what a
 * command costs before it does any work. The median of a few runs, since a shared machine makes single runs noisy.
 */
final class CommandTimes {

    /** One command line (after {@code java -jar JAR}) and its median wall time. */
    record Timing(String command, double seconds) {
    }

    private static final int RUNS = 3;
    private static final long LIMIT_SECONDS = 120;

    List<Timing> run(Path jar, Path store) throws IOException, InterruptedException {
        List<Timing> out = new ArrayList<>();
        for (List<String> args : List.of(List.of("--store", store.toString(), "query", "stats"), List.of("--help"), List.of("--version"))) {
            double[] runs = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                runs[i] = once(jar, args);
            }
            Arrays.sort(runs);
            out.add(new Timing(String.join(" ", args), runs[RUNS / 2]));
        }
        return out;
    }

    private static double once(Path jar, List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-jar", jar.toString()));
        cmd.addAll(args);
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            return Double.NaN;
        }
        return p.exitValue() == 0 ? (System.nanoTime() - t0) / 1e9 : Double.NaN;
    }
}
