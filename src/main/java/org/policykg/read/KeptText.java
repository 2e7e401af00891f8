package org.policykg.read;

/**
 * The text a document keeps (decoded, byte-order mark dropped) and the text it is parsed from: the same with
 * zero-width and direction-override characters removed, which are invisible yet split a place name or an agency
 * name in two, and with lone CRs (old Mac line ends) read as line feeds. A lone CR becomes one LF, so only
 * removals shift offsets; {@link #keptIndex} maps every parsed index back, so spans refer to the kept text.
 */
public final class KeptText {

    private final String kept;
    private final String parsed;
    /** keptIndex[i] = index in kept of parsed char i (and of its end at parsed.length()); null when none removed. */
    private final int[] keptIndex;

    private KeptText(String kept, String parsed, int[] keptIndex) {
        this.kept = kept;
        this.parsed = parsed;
        this.keptIndex = keptIndex;
    }

    public static KeptText of(String decoded) {
        boolean removes = decoded.chars().anyMatch(c -> invisible((char) c));
        if (!removes && decoded.indexOf('\r') < 0) {
            return new KeptText(decoded, decoded, null);
        }
        StringBuilder parsed = new StringBuilder(decoded.length());
        // the index is only needed (and only allocated) when characters are removed
        int[] index = removes ? new int[decoded.length() + 1] : null;
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (invisible(c)) {
                continue;
            }
            if (index != null) {
                index[parsed.length()] = i;
            }
            boolean loneCr = c == '\r' && (i + 1 == decoded.length() || decoded.charAt(i + 1) != '\n');
            parsed.append(loneCr ? '\n' : c);
        }
        if (index != null) {
            index[parsed.length()] = decoded.length();
        }
        return new KeptText(decoded, parsed.toString(), index);
    }

    /** Zero-width space/non-joiner/joiner, word joiner, BOM inside text, direction marks, embeddings, overrides, isolates. */
    static boolean invisible(char c) {
        return (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u2060' || c == '\uFEFF';
    }

    public String kept() {
        return kept;
    }

    public String parsed() {
        return parsed;
    }

    /** Where the parsed text's char {@code i} (0..parsed length) is in the kept text. */
    public int keptIndex(int i) {
        return keptIndex == null ? i : keptIndex[i];
    }
}
