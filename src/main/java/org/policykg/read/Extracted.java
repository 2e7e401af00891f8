package org.policykg.read;

import java.util.List;

/**
 * What a format reader makes of a file: text laid out as the text reader expects it (one paragraph per line,
 * tables one tab-indented cell per line with a blank line after each row), the charset it was decoded with,
 * and for paged formats the offset in {@code text} where each page begins.
 */
record Extracted(String text, String charset, List<Integer> pageStarts) {

    static Extracted unpaged(String text, String charset) {
        return new Extracted(text, charset, List.of());
    }
}
