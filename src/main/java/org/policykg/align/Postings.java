package org.policykg.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An inverted index over unit vectors, so one clause is scored against all others without comparing every pair. */
final class Postings {

    private record Posting(int clause, double weight) {}

    private final Map<String, List<Posting>> byGram = new HashMap<>();
    private final int size;

    Postings(List<Map<String, Double>> vectors) {
        for (int i = 0; i < vectors.size(); i++) {
            for (Map.Entry<String, Double> e : vectors.get(i).entrySet()) {
                byGram.computeIfAbsent(e.getKey(), g -> new ArrayList<>()).add(new Posting(i, e.getValue()));
            }
        }
        this.size = vectors.size();
    }

    /** The cosine of {@code query} with every indexed vector, by index. */
    double[] scores(Map<String, Double> query) {
        double[] s = new double[size];
        for (Map.Entry<String, Double> e : query.entrySet()) {
            for (Posting p : byGram.getOrDefault(e.getKey(), List.of())) {
                s[p.clause()] += e.getValue() * p.weight();
            }
        }
        return s;
    }
}
