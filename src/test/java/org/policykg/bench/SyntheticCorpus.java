package org.policykg.bench;

import java.io.IOException;
import java.nio.file.Path;

/** The benchmark's synthetic corpus, for tests of other packages that need a plan hierarchy of many documents. */
public final class SyntheticCorpus {

    private SyntheticCorpus() {
    }

    /** Writes {@code docs} documents of {@code bench generate --seed seed} into {@code out}. */
    public static void write(int docs, long seed, Path out) throws IOException {
        new CorpusGenerator().generate(docs, seed, out);
    }
}
