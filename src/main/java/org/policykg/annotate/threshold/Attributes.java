package org.policykg.annotate.threshold;

/** Reads backwards from a quantity: what is measured (炉膛直径3米以下) or, failing a subject after it, what is counted. */
final class Attributes {

    record Attribute(int start, String text) {}

    // longest modifier run taken before an attribute head or as a preceding subject
    private static final int MAX_MODIFIER = 8;

    private final WordList heads;
    private final WordList links;
    private final WordList boundaries;

    Attributes(Vocabulary vocabulary) {
        heads = vocabulary.role("attribute-head");
        links = vocabulary.role("link");
        boundaries = vocabulary.role("boundary");
    }

    /** The attribute ending at pos, perhaps followed by a link word (幅宽在); floor bounds the search. */
    Attribute before(String text, int pos, int floor) {
        int end = TextSpans.skipBlanksBack(text, pos);
        String link = links.endingAt(text, end, floor);
        if (link != null && heads.endingAt(text, end - link.length(), floor) != null) {
            end -= link.length();
        }
        String head = heads.endingAt(text, end, floor);
        if (head == null) {
            return null;
        }
        int start = runBack(text, end - head.length(), floor);
        start = start < 0 ? end - head.length() : start;
        return new Attribute(start, text.substring(start, end));
    }

    /** The words right before pos back to a boundary (开展|监督抽查50批次以上), or null. */
    String subjectBefore(String text, int pos, int floor) {
        int end = TextSpans.skipBlanksBack(text, pos);
        String link = links.endingAt(text, end, floor);
        end = link != null ? end - link.length() : end;
        int start = runBack(text, end, floor);
        return start >= 0 && start < end ? text.substring(start, end) : null;
    }

    /**
     * Moves back over Han characters to a boundary word, a non-Han character or floor; -1 when the run is
     * longer than MAX_MODIFIER, as its start would then fall inside a word.
     */
    private int runBack(String text, int from, int floor) {
        int k = from;
        while (k > floor && TextSpans.isHan(text.charAt(k - 1)) && boundaries.endingAt(text, k, floor) == null) {
            if (from - k == MAX_MODIFIER) {
                return -1;
            }
            k--;
        }
        return k;
    }
}
