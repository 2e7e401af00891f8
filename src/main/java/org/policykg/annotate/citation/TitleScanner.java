package org.policykg.annotate.citation;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the outermost titles in 《》. Inner 《》 and <> belong to the title (《关于印发<…>的通知》); a doubled closing
 * mark (《…标准》》) is a typing slip and is absorbed; a 《 without its 》 nearby is no title.
 */
final class TitleScanner {

    /**
     * One title: {@code start} is the 《, {@code close} the matching 》, {@code end} the offset after the last 》;
     * {@code title} is the text between, with line breaks removed.
     */
    record Title(int start, int close, int end, String title) {
    }

    private static final int MAX_LENGTH = 200;

    private TitleScanner() {
    }

    static List<Title> scan(String text) {
        List<Title> titles = new ArrayList<>();
        int i = text.indexOf('《');
        while (i >= 0) {
            int close = matching(text, i);
            if (close < 0) {
                i = text.indexOf('《', i + 1);
                continue;
            }
            int end = close + 1;
            while (end < text.length() && text.charAt(end) == '》') {
                end++;
            }
            String title = text.substring(i + 1, close).replaceAll("\\s*[\\r\\n]+\\s*", "").strip();
            if (!title.isEmpty()) {
                titles.add(new Title(i, close, end, title));
            }
            i = text.indexOf('《', end);
        }
        return titles;
    }

    private static int matching(String text, int open) {
        int depth = 0;
        for (int j = open; j < text.length() && j - open <= MAX_LENGTH; j++) {
            char c = text.charAt(j);
            if (c == '《') {
                depth++;
            } else if (c == '》' && --depth == 0) {
                return j;
            }
        }
        return -1;
    }
}
