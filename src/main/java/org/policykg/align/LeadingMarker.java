package org.policykg.align;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.structure.OutlineMarkers;

/**
 * Removes the outline marker a clause opens with (一、 （二） 3. ①, from conventions/outline-markers.tsv) and the
 * number of a table row, which say where a clause sits, not what it requires.
 */
final class LeadingMarker {

    private static final Pattern ROW_NUMBER = Pattern.compile("^\\d{1,3}\\s+");
    private static final List<Pattern> MARKERS = OutlineMarkers.standard().patterns();

    private LeadingMarker() {
    }

    static String strip(String text) {
        String s = text.strip();
        for (Pattern p : MARKERS) {
            Matcher m = p.matcher(s);
            if (m.lookingAt() && m.end("m") < s.length()) {
                return s.substring(m.end("m")).strip();
            }
        }
        Matcher row = ROW_NUMBER.matcher(s);
        return row.lookingAt() ? s.substring(row.end()).strip() : s;
    }
}
