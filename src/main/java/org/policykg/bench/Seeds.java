package org.policykg.bench;

import java.util.List;
import java.util.Random;

/**
 * Deterministic random streams. Each document and each decision draws from its own stream, derived by
 * SplitMix64 from the run's seed and a few integers, so the output never depends on generation order.
 * {@link Random} is used because its algorithm is fixed by its specification on every JDK.
 */
final class Seeds {

    private Seeds() {
    }

    static Random random(long seed, long... parts) {
        long h = splitMix(seed);
        for (long p : parts) {
            h = splitMix(h ^ p);
        }
        return new Random(h);
    }

    static <T> T pick(List<T> values, Random r) {
        return values.get(r.nextInt(values.size()));
    }

    /** A choice that stays the same for one key (a jurisdiction's agency names, its office code). */
    static <T> T stable(List<T> values, long seed, String key) {
        return pick(values, random(seed, key.hashCode()));
    }

    private static long splitMix(long x) {
        long z = x + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
