package org.policykg.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench generate --docs N --seed S --out DIR}: writes a deterministic synthetic corpus. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a synthetic scale corpus: the same --docs and --seed give byte-identical files.")
class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--docs", required = true, paramLabel = "N", description = "documents, 1 to 100000")
    int docs;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to write (new, empty, or an earlier corpus)")
    Path out;

    @Override
    public Integer call() throws IOException {
        long t0 = System.nanoTime();
        CorpusGenerator.Summary s = new CorpusGenerator().generate(docs, seed, out);
        spec.commandLine().getOut().printf("%d documents, %d characters (%.1f MB) written to %s in %.1f s%n", s.documents(),
                s.chars(), s.bytes() / 1e6, out, (System.nanoTime() - t0) / 1e9);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
