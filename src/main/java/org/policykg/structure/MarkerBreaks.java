package org.policykg.structure;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Finds outline markers (一、 （一） 1. （1） ①) inside a flattened line. A marker starts an item only where an
 * item can start (after a sentence, a closing bracket that ends a responsibility note, or straight after the
 * heading of a higher item) and only in sequence: the successor of the last item of its kind, or the first of
 * a kind opening a level. This is what tells item 1.2016年底前… from a decimal or a cross-reference.
 */
final class MarkerBreaks {

    private static final String SENTENCE_END = "。；！？：;!?:";
    private static final String CLOSING = "）)";
    /** A heading running into the next item's marker is short and has no punctuation. */
    private static final int HEADING = 50;

    private final OutlineMarkers markers;

    MarkerBreaks(OutlineMarkers markers) {
        this.markers = markers;
    }

    void find(String s, TreeSet<Integer> breaks) {
        Map<String, Integer> last = new HashMap<>();
        String lastKind = null;
        int lastRank = 0;
        int lastAt = -1;
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1)) && !Character.isIdeographic(s.charAt(i - 1))) {
                continue;
            }
            Optional<OutlineMarkers.Marker> found = markers.match(s.substring(i, Math.min(s.length(), i + 24)));
            if (found.isEmpty()) {
                continue;
            }
            OutlineMarkers.Marker m = found.get();
            String kind = m.kind().code();
            int p = previousNonBlank(s, i);
            Integer broken = breaks.floor(i);
            boolean lineStart = p < 0 || broken != null && broken > p;
            boolean inSequence = m.number() == 1 ? !kind.equals(lastKind) || !last.containsKey(kind)
                    : Integer.valueOf(m.number() - 1).equals(last.get(kind));
            boolean placed = p >= 0 && (SENTENCE_END.indexOf(s.charAt(p)) >= 0
                    || CLOSING.indexOf(s.charAt(p)) >= 0 && m.kind().rank() < 5
                    || lastAt >= 0 && m.kind().rank() > lastRank && i - lastAt <= HEADING && !punctuated(s, lastAt, i));
            if (lineStart || inSequence && placed) {
                if (!lineStart) {
                    breaks.add(i);
                }
                last.put(kind, m.number());
                lastKind = kind;
                lastRank = m.kind().rank();
                lastAt = i;
                i += m.length() - 1;
            }
        }
    }

    private static boolean punctuated(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if ("。，；：,;:".indexOf(s.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int previousNonBlank(String s, int i) {
        int p = i - 1;
        while (p >= 0 && Line.isBlank(s.charAt(p))) {
            p--;
        }
        return p;
    }
}
