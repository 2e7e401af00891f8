package org.policykg.annotate.tag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A dictionary of concept labels matched longest-first, left to right, without overlaps, so a label
 * inside a longer one (火电 in 小火电, 化工 in 石油化工) does not count again. A label is skipped where a
 * boundary word runs across its edge (化工 in 常态化工作). Immutable.
 */
final class LabelIndex {

    /** One matched label: [start, end) in the text and the concepts carrying that label. */
    record Hit(int start, int end, Set<String> concepts) {}

    private final Map<String, Set<String>> conceptsByLabel;
    private final Map<Character, List<String>> labelsByFirstChar = new HashMap<>();
    private final List<String> boundaryWords;

    LabelIndex(Map<String, Set<String>> conceptsByLabel, Set<String> boundaryWords) {
        this.conceptsByLabel = Map.copyOf(conceptsByLabel);
        this.boundaryWords = List.copyOf(boundaryWords);
        for (String label : this.conceptsByLabel.keySet()) {
            labelsByFirstChar.computeIfAbsent(label.charAt(0), c -> new ArrayList<>()).add(label);
        }
        labelsByFirstChar.values().forEach(l -> l.sort(Comparator.comparingInt(String::length).reversed()));
    }

    List<Hit> scan(String text) {
        List<Hit> hits = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            String label = longestAt(text, i);
            if (label == null) {
                i++;
            } else {
                hits.add(new Hit(i, i + label.length(), conceptsByLabel.get(label)));
                i += label.length();
            }
        }
        return hits;
    }

    /** The concepts of the longest label ending exactly at end, with its start; null if none. */
    Hit endingAt(String text, int end) {
        Hit best = null;
        for (Map.Entry<String, Set<String>> e : conceptsByLabel.entrySet()) {
            String label = e.getKey();
            int start = end - label.length();
            if (start >= 0 && text.startsWith(label, start) && (best == null || start < best.start())) {
                best = new Hit(start, end, e.getValue());
            }
        }
        return best;
    }

    private String longestAt(String text, int pos) {
        for (String label : labelsByFirstChar.getOrDefault(text.charAt(pos), List.of())) {
            if (text.startsWith(label, pos) && !crossed(text, pos, pos + label.length())) {
                return label;
            }
        }
        return null;
    }

    /** Whether a boundary word overlaps [start, end) and runs past one of its edges. */
    private boolean crossed(String text, int start, int end) {
        for (String w : boundaryWords) {
            for (int p = Math.max(0, start - w.length() + 1); p < end; p++) {
                if ((p < start || p + w.length() > end) && text.startsWith(w, p)) {
                    return true;
                }
            }
        }
        return false;
    }
}
