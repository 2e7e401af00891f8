package org.policykg.eval;

/** Finds a gold hint in a document's text, ignoring whitespace, which the reader may have added or removed. */
final class HintLocator {

    private HintLocator() {
    }

    /** The text offset of the hint's first character, or -1. */
    static int find(String text, String hint) {
        String h = hint.replaceAll("\\s", "");
        StringBuilder folded = new StringBuilder(text.length());
        int[] at = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000') {
                at[folded.length()] = i;
                folded.append(c);
            }
        }
        int k = folded.indexOf(h.replace("\u3000", ""));
        return k < 0 ? -1 : at[k];
    }
}
