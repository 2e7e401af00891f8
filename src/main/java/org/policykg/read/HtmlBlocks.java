package org.policykg.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * An article element as paragraphs and tables: block elements and {@code <br>} end a line, {@code <table>}s become
 * cell grids with rowspan and colspan laid out as merged Word cells are (content in the first cell, empty
 * cells where the merge continues).
 */
final class HtmlBlocks {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "section", "article", "main", "center", "blockquote", "pre", "dl", "dt", "dd", "tr", "caption");

    /** A paragraph (String) or a table (rows of cells), in document order. */
    private final List<Object> items = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();

    static void write(Element article, TextLayout out) {
        HtmlBlocks b = new HtmlBlocks();
        b.walk(article);
        b.flush();
        for (Object item : b.items) {
            if (item instanceof String p) {
                out.paragraph(p);
            } else {
                @SuppressWarnings("unchecked")
                List<List<String>> rows = (List<List<String>>) item;
                out.table(rows);
            }
        }
    }

    private void walk(Node n) {
        if (n instanceof TextNode t) {
            line.append(t.getWholeText().replaceAll("[\\r\\n\\t ]+", " "));
            return;
        }
        if (!(n instanceof Element e)) {
            return;
        }
        String tag = e.tagName();
        if (tag.equals("br")) {
            flush();
        } else if (tag.equals("table")) {
            flush();
            items.add(grid(e));
        } else if (BLOCKS.contains(tag)) {
            flush();
            e.childNodes().forEach(this::walk);
            flush();
        } else {
            e.childNodes().forEach(this::walk);
        }
    }

    private void flush() {
        if (!line.toString().isBlank()) {
            items.add(line.toString());
        }
        line.setLength(0);
    }

    /** The table's rows with spans expanded; a cell's own paragraphs and nested tables as lines. */
    private static List<List<String>> grid(Element table) {
        List<List<String>> rows = new ArrayList<>();
        Map<Integer, Integer> spanning = new HashMap<>();
        for (Element tr : table.select("tr")) {
            if (tr.closest("table") != table) {
                continue;
            }
            List<String> row = new ArrayList<>();
            int col = 0;
            for (Element td : tr.children()) {
                if (!td.tagName().equals("td") && !td.tagName().equals("th")) {
                    continue;
                }
                col = skipSpanned(row, spanning, col);
                int colspan = Math.max(1, number(td.attr("colspan")));
                int rowspan = Math.max(1, number(td.attr("rowspan")));
                for (int i = 0; i < colspan; i++) {
                    row.add(i == 0 ? cellText(td) : "");
                    if (rowspan > 1) {
                        spanning.put(col + i, rowspan - 1);
                    }
                }
                col += colspan;
            }
            skipSpanned(row, spanning, col);
            rows.add(row);
        }
        return rows;
    }

    /** Empty cells for the columns a cell of an earlier row still spans. */
    private static int skipSpanned(List<String> row, Map<Integer, Integer> spanning, int col) {
        int c = col;
        while (spanning.getOrDefault(c, 0) > 0) {
            spanning.merge(c, -1, Integer::sum);
            row.add("");
            c++;
        }
        return c;
    }

    private static String cellText(Element td) {
        HtmlBlocks inner = new HtmlBlocks();
        td.childNodes().forEach(inner::walk);
        inner.flush();
        StringBuilder b = new StringBuilder();
        for (Object item : inner.items) {
            if (item instanceof String p) {
                b.append(p).append('\n');
            } else {
                @SuppressWarnings("unchecked")
                List<List<String>> rows = (List<List<String>>) item;
                rows.forEach(r -> r.forEach(c -> b.append(c).append('\n')));
            }
        }
        return b.toString();
    }

    private static int number(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
