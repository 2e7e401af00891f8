package org.policykg.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Tables as office exports lay them out: one cell per tab-indented line, rows separated by blank
 * lines, a cell continued on following lines that have no tab, and a row whose first cell is empty
 * being a sub-row of the numbered row above (a merged 序号 cell).
 */
final class TableParser {

    /** Header words of the tables official documents use (序号, 主要任务, 负责单位 …). */
    private static final Set<String> HEADER_WORDS = Set.of("序号", "编号", "行业", "重点行业", "主要任务", "重点任务",
            "工作任务", "任务", "工作要求", "要求", "牵头单位", "责任单位", "负责单位", "配合单位", "完成时限", "时间节点",
            "时限", "备注", "内容", "工作内容", "具体措施");
    private static final Set<String> NUMBER_HEADERS = Set.of("序号", "编号", "序");
    static final String EXTRA_COLUMN = "分项";

    record Result(Node table, int next) {}

    private record RawCell(int start, int end) {}

    private final String text;

    TableParser(String text) {
        this.text = text;
    }

    Result parse(List<Line> lines, int from, String segment, String code, Span caption) {
        List<List<RawCell>> rows = new ArrayList<>();
        List<RawCell> row = new ArrayList<>();
        int k = from;
        boolean afterCell = false;
        while (k < lines.size()) {
            Line l = lines.get(k);
            if (l.tabbed()) {
                row.add(new RawCell(l.contentStart(), l.contentEnd()));
                afterCell = true;
            } else if (l.blank()) {
                if (!row.isEmpty()) {
                    rows.add(row);
                    row = new ArrayList<>();
                }
                afterCell = false;
                int nextContent = nextNonBlank(lines, k + 1);
                if (nextContent >= lines.size() || !lines.get(nextContent).tabbed()) {
                    k++;
                    break;
                }
            } else if (afterCell && !row.isEmpty()) {
                RawCell last = row.remove(row.size() - 1);
                row.add(new RawCell(last.start() < last.end() ? last.start() : l.contentStart(), l.contentEnd()));
            } else {
                break;
            }
            k++;
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return new Result(build(rows, segment, code, caption), k);
    }

    private Node build(List<List<RawCell>> rows, String segment, String code, Span caption) {
        int start = caption != null ? caption.start() : firstStart(rows);
        Node table = new Node(Node.Kind.TABLE, segment, code, start, lastEnd(rows));
        table.caption = caption == null ? null : caption.text();
        int first = 0;
        if (!rows.isEmpty() && isHeader(rows.get(0))) {
            table.columns = rows.get(0).stream().map(this::value).toList();
            first = 1;
        }
        boolean numberColumn = table.columns.isEmpty() ? looksNumbered(rows.subList(first, rows.size()))
                : NUMBER_HEADERS.contains(table.columns.get(0));
        Node numbered = null;
        int ordinal = 0;
        for (List<RawCell> cells : rows.subList(first, rows.size())) {
            if (cells.stream().allMatch(c -> c.start() == c.end())) {
                continue;
            }
            String number = numberColumn ? value(cells.get(0)) : "";
            boolean subRow = number.isEmpty() && numbered != null;
            Node parent = subRow ? numbered : table;
            String seg = subRow ? String.valueOf(numbered.children().size() + 1)
                    : number.isEmpty() ? String.valueOf(++ordinal) : number;
            if (!subRow && !number.isEmpty()) {
                ordinal++;
            }
            Node r = new Node(Node.Kind.ROW, seg, "r" + asciiOf(seg, parent.children().size() + 1),
                    firstNonEmptyStart(cells), lastEnd(List.of(cells)));
            r.rowNumber = subRow ? numbered.rowNumber + "/" + seg : number;
            addCells(r, cells, table.columns);
            parent.add(r);
            if (parent == numbered) {
                numbered.end = Math.max(numbered.end, r.end);
            } else {
                numbered = r;
            }
        }
        table.end = Math.max(table.end, lastEnd(rows));
        return table;
    }

    private void addCells(Node row, List<RawCell> cells, List<String> columns) {
        int n = cells.size();
        for (int i = 0; i < n; i++) {
            RawCell c = cells.get(i);
            if (c.start() == c.end()) {
                continue;
            }
            row.addCell(new Node.Cell(i, columnName(i, n, columns), c.start(), c.end()));
        }
    }

    /** Rows with more cells than the header have extra sub-item cells before the last column. */
    static String columnName(int i, int cellCount, List<String> columns) {
        int cols = columns.size();
        if (cols == 0) {
            return "列" + (i + 1);
        }
        if (cellCount <= cols || i < cols - 1 && i < 2) {
            return i < cols ? columns.get(i) : EXTRA_COLUMN;
        }
        return i == cellCount - 1 ? columns.get(cols - 1) : EXTRA_COLUMN;
    }

    private boolean looksNumbered(List<List<RawCell>> rows) {
        return !rows.isEmpty() && rows.stream().map(r -> value(r.get(0))).allMatch(v -> v.isEmpty() || v.matches("\\d{1,3}"));
    }

    private boolean isHeader(List<RawCell> cells) {
        long words = cells.stream().map(this::value).filter(HEADER_WORDS::contains).count();
        return words >= Math.max(1, cells.size() / 2);
    }

    private String value(RawCell c) {
        return text.substring(c.start(), c.end()).strip();
    }

    private static String asciiOf(String seg, int fallback) {
        return seg.chars().allMatch(Character::isDigit) && !seg.isEmpty() ? seg : String.valueOf(fallback);
    }

    private static int nextNonBlank(List<Line> lines, int k) {
        while (k < lines.size() && lines.get(k).blank() && !lines.get(k).tabbed()) {
            k++;
        }
        return k;
    }

    private static int firstStart(List<List<RawCell>> rows) {
        return rows.isEmpty() || rows.get(0).isEmpty() ? 0 : rows.get(0).get(0).start();
    }

    private static int firstNonEmptyStart(List<RawCell> cells) {
        return cells.stream().filter(c -> c.start() < c.end()).mapToInt(RawCell::start).findFirst().orElse(cells.get(0).start());
    }

    private static int lastEnd(List<List<RawCell>> rows) {
        return rows.stream().flatMap(List::stream).mapToInt(RawCell::end).max().orElse(0);
    }
}
