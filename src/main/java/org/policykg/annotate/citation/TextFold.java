package org.policykg.annotate.citation;

/**
 * Folds full-width ASCII (［２０１７］, ＧＢ) and the ideographic and no-break spaces to plain ASCII, one char for
 * one char, so patterns stay simple and offsets into the folded text are offsets into the original.
 */
final class TextFold {

    private TextFold() {
    }

    static String fold(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] >= '\uFF01' && c[i] <= '\uFF5E') {
                c[i] = (char) (c[i] - 0xFEE0);
            } else if (c[i] == '\u3000' || c[i] == '\u00A0') {
                c[i] = ' ';
            }
        }
        return new String(c);
    }
}
