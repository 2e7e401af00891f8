package org.policykg.align;

import java.util.List;

/** Drops bracketed notes naming who is responsible for a clause: （市生态环境局负责）, （责任单位：…）. */
final class OwnerNotes {

    private final List<String> words;

    OwnerNotes(List<String> words) {
        this.words = List.copyOf(words);
    }

    String strip(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int close = isOpen(text.charAt(i)) ? closing(text, i) : -1;
            if (close > 0 && names(text.substring(i + 1, close))) {
                i = close + 1;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    private boolean names(String note) {
        return words.stream().anyMatch(note::contains);
    }

    /** The index of the bracket closing the one at {@code open}, counting nested brackets; -1 if unclosed. */
    private static int closing(String text, int open) {
        int depth = 0;
        for (int k = open; k < text.length(); k++) {
            char c = text.charAt(k);
            depth += isOpen(c) ? 1 : isClose(c) ? -1 : 0;
            if (depth == 0) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isOpen(char c) {
        return c == '（' || c == '(';
    }

    private static boolean isClose(char c) {
        return c == '）' || c == ')';
    }
}
