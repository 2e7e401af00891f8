package org.policykg.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One physical line of the source. {@code start}/{@code end} bound the line without its terminator;
 * {@code contentStart}/{@code contentEnd} bound it without surrounding blanks and export artifacts.
 */
record Line(int index, int start, int end, int contentStart, int contentEnd, boolean tabbed, String content) {

    /** Word-processor exports leave bookmark anchors such as "[bookmark: _GoBack]" in the text. */
    private static final Pattern ARTIFACT = Pattern.compile("^\\[bookmark:[^\\]]*\\]");

    boolean blank() {
        return content.isEmpty();
    }

    static List<Line> split(String text) {
        List<Line> lines = new ArrayList<>();
        int pos = 0;
        int n = text.length();
        while (pos <= n) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? n : nl;
            int lineEnd = end > pos && text.charAt(end - 1) == '\r' ? end - 1 : end;
            lines.add(of(lines.size(), text, pos, lineEnd));
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        return lines;
    }

    private static Line of(int index, String text, int start, int end) {
        boolean tabbed = start < end && text.charAt(start) == '\t';
        int cs = start;
        while (cs < end && isBlank(text.charAt(cs))) {
            cs++;
        }
        Matcher m = ARTIFACT.matcher(text).region(cs, end);
        if (m.lookingAt()) {
            cs = m.end();
            while (cs < end && isBlank(text.charAt(cs))) {
                cs++;
            }
        }
        int ce = end;
        while (ce > cs && isBlank(text.charAt(ce - 1))) {
            ce--;
        }
        return new Line(index, start, end, cs, ce, tabbed, text.substring(cs, ce));
    }

    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || c == '\uFEFF';
    }
}
