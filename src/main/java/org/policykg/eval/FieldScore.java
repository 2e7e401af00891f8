package org.policykg.eval;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Precision, recall and F1 of one field, with the misses and the false alarms behind them. */
public record FieldScore(String field, int gold, int predicted, int correct, List<String> missed, List<String> spurious) {

    static FieldScore of(String field, Set<String> gold, Set<String> predicted) {
        Set<String> missed = new TreeSet<>(gold);
        missed.removeAll(predicted);
        Set<String> spurious = new TreeSet<>(predicted);
        spurious.removeAll(gold);
        return new FieldScore(field, gold.size(), predicted.size(), gold.size() - missed.size(),
                List.copyOf(missed), List.copyOf(spurious));
    }

    public double precision() {
        return predicted == 0 ? (gold == 0 ? 1 : 0) : (double) correct / predicted;
    }

    public double recall() {
        return gold == 0 ? 1 : (double) correct / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public String line() {
        return String.format("%-11s P %.3f  R %.3f  F1 %.3f  (gold %d, predicted %d, correct %d)",
                field, precision(), recall(), f1(), gold, predicted, correct);
    }
}
