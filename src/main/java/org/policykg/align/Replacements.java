package org.policykg.align;

import java.util.HashMap;
import java.util.Map;

/** Longest-match word replacement in one left-to-right pass; characters no word covers are copied. */
final class Replacements {

    private final Map<String, String> words;
    private final int longest;

    Replacements(Map<String, String> words) {
        this.words = Map.copyOf(words);
        this.longest = words.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** {@code extra} words (a document's own place names) take part as if they were in the map. */
    String apply(String text, Map<String, String> extra) {
        int max = Math.max(longest, extra.keySet().stream().mapToInt(String::length).max().orElse(0));
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int matched = 0;
            String replacement = null;
            for (int len = Math.min(max, text.length() - i); len >= 1 && matched == 0; len--) {
                String w = text.substring(i, i + len);
                replacement = words.containsKey(w) ? words.get(w) : extra.get(w);
                if (replacement != null) {
                    matched = len;
                }
            }
            if (matched == 0) {
                out.append(text.charAt(i++));
            } else {
                out.append(replacement);
                i += matched;
            }
        }
        return out.toString();
    }

    static Map<String, String> merge(Map<String, String> first, Map<String, String> winning) {
        Map<String, String> all = new HashMap<>(first);
        all.putAll(winning);
        return all;
    }
}
