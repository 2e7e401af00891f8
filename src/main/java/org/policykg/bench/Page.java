package org.policykg.bench;

import java.util.List;
import java.util.Random;

/**
 * The text of one generated document as it is written, in one of the layouts office exports show
 * (indented or not, blank lines between paragraphs or not, several marker styles), counting the
 * numbered items and tables it writes so tests can check the parser finds them all.
 */
final class Page {

    private static final String DIGITS = "一二三四五六七八九";

    private final StringBuilder text = new StringBuilder();
    private final String indent;
    private final boolean spaced;
    private final String dot;
    private final boolean asciiParens;
    private int clauses;
    private int tables;

    Page(Random r) {
        this.indent = Seeds.pick(List.of("", "\u3000\u3000", "    "), r);
        this.spaced = r.nextBoolean();
        this.dot = Seeds.pick(List.of(". ", "．", "、", "."), r);
        this.asciiParens = r.nextInt(5) == 0;
    }

    /** A line of the title block or the closing parts, never indented. */
    void head(String line) {
        text.append(line).append('\n');
    }

    void blank() {
        text.append('\n');
    }

    void paragraph(String s) {
        text.append(indent).append(s).append('\n');
        gap();
    }

    /** A numbered item: depth 1 is 一、, depth 2 （一）, depth 3 1. */
    void item(int depth, int number, String s) {
        String marker = switch (depth) {
            case 1 -> chinese(number) + "、";
            case 2 -> asciiParens ? "(" + chinese(number) + ")" : "（" + chinese(number) + "）";
            default -> number + dot;
        };
        clauses++;
        text.append(indent).append(marker).append(s).append('\n');
        gap();
    }

    /** A table laid out as exports write it: one tab-led line per cell, a blank line after each row. */
    void table(String caption, List<String> header, List<List<String>> rows) {
        tables++;
        if (caption != null) {
            text.append(caption).append("\n\n");
        }
        row(header);
        rows.forEach(this::row);
        blank();
    }

    private void row(List<String> cells) {
        for (String c : cells) {
            text.append('\t').append(c).append('\n');
        }
        blank();
    }

    private void gap() {
        if (spaced) {
            blank();
        }
    }

    int clauses() {
        return clauses;
    }

    int tables() {
        return tables;
    }

    String text() {
        return text.toString();
    }

    static String chinese(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("outline number out of range: " + n);
        }
        int tens = n / 10;
        int ones = n % 10;
        String t = tens == 0 ? "" : (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens - 1))) + "十";
        return t + (ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones - 1)));
    }
}
