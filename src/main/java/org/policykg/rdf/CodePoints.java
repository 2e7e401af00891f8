package org.policykg.rdf;

/** Converts char indices to Unicode code-point offsets, the unit the graph reports to users. */
final class CodePoints {

    private final int[] prefix;

    CodePoints(String text) {
        boolean surrogates = text.chars().anyMatch(c -> Character.isSurrogate((char) c));
        if (!surrogates) {
            prefix = null;
            return;
        }
        prefix = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            prefix[i] = cp;
            if (!Character.isLowSurrogate(text.charAt(i))) {
                cp++;
            }
        }
        prefix[text.length()] = cp;
    }

    int at(int charIndex) {
        return prefix == null ? charIndex : prefix[charIndex];
    }
}
