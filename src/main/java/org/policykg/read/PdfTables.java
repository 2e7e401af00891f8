package org.policykg.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Tables in a PDF told apart by their ruling lines: a line of text lies in a table when column borders (vertical
 * rules) stand left and right of it; a horizontal rule between two lines starts a new row, and each run of text
 * goes to the cell between the borders around it. A merged cell has no rule across it, so its continuation rows
 * come out with that cell empty, as merged cells are laid out elsewhere. A row broken across a page becomes two.
 */
final class PdfTables {

    /** One row: its page and cells, in the text's order. */
    record Row(int page, List<String> cells) {}

    private final Map<Integer, List<PdfReader.Rule>> vertical;
    private final Map<Integer, List<PdfReader.Rule>> horizontal;

    PdfTables(List<PdfReader.Rule> rules) {
        vertical = rules.stream().filter(PdfReader.Rule::vertical).collect(Collectors.groupingBy(PdfReader.Rule::page));
        horizontal = rules.stream().filter(PdfReader.Rule::horizontal).collect(Collectors.groupingBy(PdfReader.Rule::page));
    }

    boolean inTable(PdfReader.PdfLine l) {
        List<Float> xs = borders(l);
        return !xs.isEmpty() && xs.get(0) <= l.x0() + 1 && xs.get(xs.size() - 1) >= l.x1() - 1;
    }

    List<Row> rows(List<PdfReader.PdfLine> lines) {
        List<Integer> pages = new ArrayList<>();
        List<List<StringBuilder>> rows = new ArrayList<>();
        List<Float> xs = List.of();
        PdfReader.PdfLine prev = null;
        for (PdfReader.PdfLine l : lines) {
            if (prev == null || l.page() != prev.page() || ruled(prev, l)) {
                xs = borders(l);
                List<StringBuilder> cells = new ArrayList<>();
                for (int i = 0; i < Math.max(1, xs.size() - 1); i++) {
                    cells.add(new StringBuilder());
                }
                rows.add(cells);
                pages.add(l.page());
            }
            List<StringBuilder> cells = rows.get(rows.size() - 1);
            for (PdfReader.Segment s : l.segments()) {
                PdfParagraphs.join(cells.get(column(xs, s.x0(), cells.size())), s.text().strip());
            }
            prev = l;
        }
        List<Row> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            out.add(new Row(pages.get(r), rows.get(r).stream().map(StringBuilder::toString).toList()));
        }
        return out;
    }

    /** The x of the column borders standing beside this line, left to right. */
    private List<Float> borders(PdfReader.PdfLine l) {
        List<Float> xs = new ArrayList<>();
        for (PdfReader.Rule v : vertical.getOrDefault(l.page(), List.of())) {
            if (v.y0() <= l.y() - l.size() / 2 && v.y1() >= l.y() && xs.stream().noneMatch(x -> Math.abs(x - v.x0()) < 1.5f)) {
                xs.add(v.x0());
            }
        }
        xs.sort(Float::compare);
        return xs;
    }

    /** Whether a horizontal rule runs between two lines (under the first's baseline, above the second's top). */
    private boolean ruled(PdfReader.PdfLine a, PdfReader.PdfLine b) {
        return horizontal.getOrDefault(b.page(), List.of()).stream()
                .anyMatch(h -> h.y0() > a.y() + 1 && h.y0() < b.y() - 0.7f * b.size() && h.x0() < b.x1() && h.x1() > b.x0());
    }

    private static int column(List<Float> xs, float x, int cells) {
        int i = 0;
        while (i + 1 < xs.size() && xs.get(i + 1) <= x + 1) {
            i++;
        }
        return Math.min(i, cells - 1);
    }
}
