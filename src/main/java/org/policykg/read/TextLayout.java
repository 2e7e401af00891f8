package org.policykg.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a structured source (Word, PDF, HTML) as the text an office export gives and the structure parser
 * reads: one paragraph per line; a table as one tab-indented line per cell, a blank line after each row, and an
 * empty cell where a merged cell continues (so a merged 序号 cell makes sub-rows, as in exported text).
 */
final class TextLayout {

    private final StringBuilder text = new StringBuilder();
    private final List<Integer> pageStarts = new ArrayList<>();

    /** Marks the start of a new page at the current end of the text. */
    void page() {
        pageStarts.add(text.length());
    }

    void paragraph(String p) {
        String line = flat(p);
        if (!line.isBlank()) {
            text.append(line).append('\n');
        }
    }

    /** Rows of cells; a cell's paragraphs are separated by '\n' and continue on lines without a tab. */
    void table(List<List<String>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (text.length() > 0 && !endsWith("\n\n")) {
            text.append('\n');
        }
        for (List<String> row : rows) {
            for (String cell : row) {
                List<String> lines = cell.lines().map(TextLayout::flat).filter(l -> !l.isBlank()).toList();
                text.append('\t').append(lines.isEmpty() ? "" : lines.get(0)).append('\n');
                lines.stream().skip(1).forEach(l -> text.append(l).append('\n'));
            }
            text.append('\n');
        }
    }

    Extracted build(String charset) {
        return new Extracted(text.toString(), charset, List.copyOf(pageStarts));
    }

    private boolean endsWith(String s) {
        return text.length() >= s.length() && text.substring(text.length() - s.length()).equals(s);
    }

    /** Tabs and line breaks inside a paragraph would read as table cells and new lines; a paragraph is one line. */
    static String flat(String p) {
        return p.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ').replace('\u000B', ' ').strip();
    }
}
