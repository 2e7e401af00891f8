package org.policykg.align;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * TF-IDF weights over character n-grams of normalized clause text: sublinear term frequency, smoothed inverse
 * document frequency (an n-gram no fitted clause has gets the highest weight), unit-length vectors so that the
 * cosine is a dot product. Immutable once fitted.
 */
final class TfIdf {

    private final int minN;
    private final int maxN;
    private final Map<String, Integer> documentFrequency;
    private final int documents;

    private TfIdf(int minN, int maxN, Map<String, Integer> documentFrequency, int documents) {
        this.minN = minN;
        this.maxN = maxN;
        this.documentFrequency = Map.copyOf(documentFrequency);
        this.documents = documents;
    }

    static TfIdf fit(Collection<String> texts, int minN, int maxN) {
        if (minN < 1 || maxN < minN) {
            throw new IllegalArgumentException("n-gram range " + minN + "-" + maxN);
        }
        Map<String, Integer> df = new HashMap<>();
        for (String t : texts) {
            Set<String> seen = new HashSet<>(counts(t, minN, maxN).keySet());
            seen.forEach(g -> df.merge(g, 1, Integer::sum));
        }
        return new TfIdf(minN, maxN, df, texts.size());
    }

    /** The unit vector of a text: n-gram to weight. */
    Map<String, Double> vector(String text) {
        Map<String, Double> v = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Integer> e : counts(text, minN, maxN).entrySet()) {
            double w = (1 + Math.log(e.getValue())) * idf(e.getKey());
            v.put(e.getKey(), w);
            norm += w * w;
        }
        double length = Math.sqrt(norm);
        v.replaceAll((g, w) -> w / length);
        return v;
    }

    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return Math.min(1.0, dot);
    }

    private double idf(String gram) {
        return Math.log((1.0 + documents) / (1.0 + documentFrequency.getOrDefault(gram, 0))) + 1;
    }

    /** N-gram counts; no n-gram spans a {@link ClauseNormalizer#SEGMENT} mark. */
    private static Map<String, Integer> counts(String text, int minN, int maxN) {
        Map<String, Integer> c = new HashMap<>();
        for (String part : text.split(Pattern.quote(String.valueOf(ClauseNormalizer.SEGMENT)))) {
            for (int n = minN; n <= maxN; n++) {
                for (int i = 0; i + n <= part.length(); i++) {
                    c.merge(part.substring(i, i + n), 1, Integer::sum);
                }
            }
        }
        return c;
    }
}
