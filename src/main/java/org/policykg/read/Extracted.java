package org.policykg.read;

import java.util.List;

/**
 * What a format reader makes of a file: text laid out as the text reader expects it (one paragraph per line,
 * tables one tab-indented cell per line with a blank line after each row), the charset it was decoded with,
 * for paged formats the offset in {@code text} where each page begins, and what a web page says of itself.
 */
record Extracted(String text, String charset, List<Integer> pageStarts, PageMetadata page) {

    Extracted(String text, String charset, List<Integer> pageStarts) {
        this(text, charset, pageStarts, PageMetadata.NONE);
    }

    static Extracted unpaged(String text, String charset) {
        return new Extracted(text, charset, List.of());
    }
}
