package org.policykg.annotate.threshold;

import java.util.List;
import java.util.Set;

/** A word list matched longest-first at, or just before, a position in a text. */
final class WordList {

    private final List<String> longestFirst;

    WordList(Set<String> words) {
        longestFirst = words.stream().sorted((a, b) -> Integer.compare(b.length(), a.length())).toList();
    }

    boolean contains(String s) {
        return longestFirst.contains(s);
    }

    /** The longest word starting at pos, or null. */
    String at(CharSequence text, int pos) {
        for (String w : longestFirst) {
            if (pos >= 0 && pos + w.length() <= text.length() && regionEquals(text, pos, w)) {
                return w;
            }
        }
        return null;
    }

    /** The longest word ending at pos (exclusive) that starts at or after floor, or null. */
    String endingAt(CharSequence text, int pos, int floor) {
        for (String w : longestFirst) {
            int from = pos - w.length();
            if (from >= Math.max(floor, 0) && pos <= text.length() && regionEquals(text, from, w)) {
                return w;
            }
        }
        return null;
    }

    /** The end of the last occurrence of any word in s, or -1. */
    int lastEnd(String s) {
        int best = -1;
        for (String w : longestFirst) {
            int i = s.lastIndexOf(w);
            if (i >= 0) {
                best = Math.max(best, i + w.length());
            }
        }
        return best;
    }

    private static boolean regionEquals(CharSequence text, int from, String w) {
        for (int i = 0; i < w.length(); i++) {
            if (text.charAt(from + i) != w.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
