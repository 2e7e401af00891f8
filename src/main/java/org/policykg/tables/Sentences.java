package org.policykg.tables;

/**
 * Sentence boundaries of a cell text: 。；！？ and line ends, not inside brackets, quotes or book-title marks (a
 * citation 《…》 or a parenthesis （…。…） may hold a full stop of its own).
 */
final class Sentences {

    private static final String OPEN = "（(《〈“‘【[";
    private static final String CLOSE = "）)》〉”’】]";
    private static final String ENDS = "。；;！!？?\n";

    private Sentences() {
    }

    /** The first sentence, without its closing mark; the whole text when it is one sentence. */
    static String first(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (OPEN.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSE.indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && ENDS.indexOf(c) >= 0 && !text.substring(0, i).isBlank()) {
                return trimEnd(text.substring(0, i));
            }
        }
        return trimEnd(text);
    }

    /** Without the closing punctuation and spaces a cell does not need. */
    static String trimEnd(String text) {
        return text.strip().replaceAll("[。；;，,：:、\\s\\u3000]+$", "");
    }
}
