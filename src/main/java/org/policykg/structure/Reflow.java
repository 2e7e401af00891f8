package org.policykg.structure;

import java.util.TreeSet;

/**
 * Restores the line breaks of a document that a website, a database export or OCR flattened into very long
 * lines, so that the line-based parser reads the same parts and outline items as in a line-broken text. Only
 * lines far longer than any paragraph are touched: a line-broken document comes back unchanged. Pure.
 */
final class Reflow {

    /** Paragraphs of official documents stay well under this many characters; a longer line holds many. */
    static final int LONG_LINE = 1000;

    private final PartBreaks parts;
    private final MarkerBreaks markers;

    Reflow(OutlineMarkers markers, DocumentParts parts) {
        this.parts = new PartBreaks(parts);
        this.markers = new MarkerBreaks(markers);
    }

    /** The text with a line break before every part and outline item found inside its long lines. */
    String apply(String text) {
        StringBuilder out = new StringBuilder(text.length() + 256);
        int pos = 0;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(pos, end);
            out.append(line.length() >= LONG_LINE ? breakLine(line) : line);
            if (nl < 0) {
                break;
            }
            out.append('\n');
            pos = nl + 1;
        }
        return out.toString();
    }

    private String breakLine(String line) {
        TreeSet<Integer> breaks = new TreeSet<>();
        parts.find(line, breaks);
        markers.find(line, breaks);
        StringBuilder b = new StringBuilder(line.length() + breaks.size());
        int from = 0;
        for (int at : breaks) {
            if (at == 0) {
                continue;
            }
            b.append(line, from, at).append('\n');
            from = at;
        }
        return b.append(line.substring(from)).toString();
    }
}
