package org.policykg.rdf;

import org.policykg.read.KeptText;

/**
 * Converts char indices of the parsed text to Unicode code-point offsets in the text the document keeps (the unit
 * and the text the graph reports to users): first back over the invisible characters removed before parsing, then
 * from chars to code points.
 */
final class CodePoints {

    private final KeptText text;
    private final int[] prefix;

    CodePoints(KeptText text) {
        this.text = text;
        String kept = text.kept();
        boolean surrogates = kept.chars().anyMatch(c -> Character.isSurrogate((char) c));
        if (!surrogates) {
            prefix = null;
            return;
        }
        prefix = new int[kept.length() + 1];
        int cp = 0;
        for (int i = 0; i < kept.length(); i++) {
            prefix[i] = cp;
            if (!Character.isLowSurrogate(kept.charAt(i))) {
                cp++;
            }
        }
        prefix[kept.length()] = cp;
    }

    int at(int charIndex) {
        int kept = text.keptIndex(charIndex);
        return prefix == null ? kept : prefix[kept];
    }
}
