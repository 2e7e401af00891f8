package org.policykg.annotate.tag;

import java.util.regex.Pattern;

/**
 * Blanks out the parts of a text whose words say nothing about the obligation's own aspect: cited titles
 * (《…》 are full of cue words like 污染防治, 安全生产) and bracketed agency notes such as
 * （省生态环境厅负责） or （责任单位：…）, whose agency names would read as cues.
 */
final class TextMasks {

    /** What marks a bracketed note as a list of responsible agencies. */
    private static final Pattern AGENCY_NOTE = Pattern.compile("负责|牵头|配合|责任单位|责任部门");

    private TextMasks() {
    }

    static String forCues(String text) {
        char[] out = text.toCharArray();
        blankSpans(text, out, '《', '》', null);
        blankSpans(text, out, '（', '）', AGENCY_NOTE);
        blankSpans(text, out, '(', ')', AGENCY_NOTE);
        return new String(out);
    }

    /** Blanks each outermost balanced open…close span whose content matches the filter (null: all). */
    private static void blankSpans(String text, char[] out, char open, char close, Pattern filter) {
        int depth = 0;
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == open && depth++ == 0) {
                start = i;
            } else if (c == close && depth > 0 && --depth == 0) {
                if (filter == null || filter.matcher(text.substring(start, i)).find()) {
                    for (int j = start; j <= i; j++) {
                        out[j] = ' ';
                    }
                }
            }
        }
    }
}
