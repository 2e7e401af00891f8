package org.policykg.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a PDF's lines into the paragraphs a text export has. Page numbers (— 3 —, - 3 -, 第3页) and running
 * headers or footers (the same first or last line on most pages, digits aside) are dropped. A line continues the
 * paragraph above unless it is indented (GB/T 9704 indents each paragraph by two characters) or the line above
 * stopped short of the right margin; this joins lines across line and page breaks. Ruled tables
 * ({@link PdfTables}) are laid out as cells. Not thread-safe: one per document.
 */
final class PdfParagraphs {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[-－—–─\\s]*\\d{1,4}[-－—–─\\s]*$|^第\\s*\\d+\\s*页(\\s*[，,/]?\\s*共\\s*\\d+\\s*页)?$|^\\d+\\s*/\\s*\\d+$");

    /** PDFBox sees a word gap wherever the font changes (Latin digits in Chinese text); Chinese has no word spaces. */
    private static final Pattern CJK_GAP = Pattern.compile("(?<=[\\u3000-\\u9FFF\\uFF00-\\uFFEF]) (?=\\S)|(?<=\\S) (?=[\\u3000-\\u9FFF\\uFF00-\\uFFEF])");
    /** A line ending in an opening bracket or a comma was pushed short by line breaking, not by a paragraph end. */
    private static final String OPEN_END = "，、（《“‘〔【(";

    private final List<PdfReader.PdfLine> lines;
    private final PdfTables tables;
    private final int pages;
    private final StringBuilder text = new StringBuilder();
    private final List<Integer> pageStarts = new ArrayList<>();

    PdfParagraphs(List<PdfReader.PdfLine> lines, List<PdfReader.Rule> rules, int pages) {
        this.lines = lines;
        this.tables = new PdfTables(rules);
        this.pages = pages;
    }

    Extracted layout() {
        List<PdfReader.PdfLine> body = withoutRunningLines();
        List<PdfReader.PdfLine> prose = body.stream().filter(l -> !tables.inTable(l)).toList();
        float size = median(prose.stream().map(PdfReader.PdfLine::size).toList());
        float left = mode(prose.stream().map(PdfReader.PdfLine::x0).toList());
        float right = (float) prose.stream().mapToDouble(PdfReader.PdfLine::x1).max().orElse(0);
        PdfReader.PdfLine prev = null;
        for (int i = 0; i < body.size(); i++) {
            PdfReader.PdfLine l = body.get(i);
            if (tables.inTable(l)) {
                int end = i;
                while (end < body.size() && tables.inTable(body.get(end))) {
                    end++;
                }
                table(tables.rows(body.subList(i, end)));
                i = end - 1;
                prev = null;
                continue;
            }
            String t = l.text();
            boolean starts = prev == null || l.x0() > left + 0.9f * size
                    || prev.x1() < right - 1.5f * size && OPEN_END.indexOf(text.charAt(text.length() - 1)) < 0;
            if (starts && prev != null) {
                text.append('\n');
            }
            page(l.page());
            if (starts) {
                text.append(clean(t));
            } else {
                join(text, t);
            }
            prev = l;
        }
        return new Extracted(text.append('\n').toString(), "UTF-8", List.copyOf(pageStarts));
    }

    /** Rows laid out as the text reader reads tables: a tab-indented line per cell, a blank line after each row. */
    private void table(List<PdfTables.Row> rows) {
        if (text.length() > 0) {
            text.append(text.charAt(text.length() - 1) == '\n' ? "\n" : "\n\n");
        }
        for (PdfTables.Row row : rows) {
            page(row.page());
            row.cells().forEach(c -> text.append('\t').append(c).append('\n'));
            text.append('\n');
        }
    }

    private void page(int page) {
        while (pageStarts.size() < page) {
            pageStarts.add(text.length());
        }
    }

    /** Appends a wrapped line's text: nothing between Chinese, a space between two Latin words. */
    static void join(StringBuilder into, String line) {
        String t = clean(line);
        if (!t.isEmpty() && into.length() > 0 && latin(into.charAt(into.length() - 1)) && latin(t.charAt(0))) {
            into.append(' ');
        }
        into.append(t);
    }

    private static String clean(String line) {
        return CJK_GAP.matcher(TextLayout.flat(line)).replaceAll("");
    }

    /** The lines without blanks, page numbers and running headers/footers. */
    private List<PdfReader.PdfLine> withoutRunningLines() {
        Map<Integer, List<PdfReader.PdfLine>> byPage = lines.stream().filter(l -> !l.text().isBlank())
                .collect(Collectors.groupingBy(PdfReader.PdfLine::page));
        Map<String, Integer> edges = new HashMap<>();
        byPage.values().forEach(p -> edgeKeys(p).forEach(k -> edges.merge(k, 1, Integer::sum)));
        int repeated = Math.max(2, (pages + 1) / 2);
        List<PdfReader.PdfLine> kept = new ArrayList<>();
        for (PdfReader.PdfLine l : lines) {
            if (l.text().isBlank()) {
                continue;
            }
            List<PdfReader.PdfLine> page = byPage.get(l.page());
            boolean edge = page.get(0) == l || page.get(page.size() - 1) == l;
            boolean numberish = edge && PAGE_NUMBER.matcher(l.text().strip()).matches();
            boolean running = edge && edges.getOrDefault(key(l), 0) >= repeated;
            if (!numberish && !running) {
                kept.add(l);
            }
        }
        return kept;
    }

    private static List<String> edgeKeys(List<PdfReader.PdfLine> page) {
        return page.size() == 1 ? List.of(key(page.get(0))) : List.of(key(page.get(0)), key(page.get(page.size() - 1)));
    }

    /** Running lines differ only by their numbers (page, date). */
    private static String key(PdfReader.PdfLine l) {
        return l.text().replaceAll("\\d+", "#").replaceAll("\\s+", "");
    }

    private static boolean latin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    private static float median(List<Float> v) {
        List<Float> s = v.stream().sorted().toList();
        return s.isEmpty() ? 12f : s.get(s.size() / 2);
    }

    /** The most common value at half-point precision: the left margin most lines start at. */
    private static float mode(List<Float> v) {
        return v.stream().collect(Collectors.groupingBy(x -> Math.round(x * 2) / 2f, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
    }
}
