package org.policykg.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * A subdivision of a document: a numbered clause, a paragraph, a table, a table row, a covering
 * notice or an attachment. Offsets are char indices into the source text; {@code end} is exclusive.
 */
public final class Node {

    public enum Kind { NOTICE, ATTACHMENT, CLAUSE, PARAGRAPH, TABLE, ROW }

    /** A table cell as written; {@code column} is the header it falls under. */
    public record Cell(int index, String column, int start, int end) {}

    private final Kind kind;
    private final String segment;
    private final String code;
    private Node parent;
    private final List<Node> children = new ArrayList<>();
    private final List<Cell> cells = new ArrayList<>();
    final int start;
    int end;
    String marker;
    int depthRank;
    String heading;
    String caption;
    List<String> columns = List.of();
    String rowNumber;

    Node(Kind kind, String segment, String code, int start, int end) {
        this.kind = kind;
        this.segment = segment;
        this.code = code;
        this.start = start;
        this.end = end;
    }

    void add(Node child) {
        child.parent = this;
        children.add(child);
    }

    void addCell(Cell cell) {
        cells.add(cell);
    }

    public Kind kind() {
        return kind;
    }

    /** The path segment as written: 二, （五）, 3, ¶1, 表1, 6, 附件1, 通知. */
    public String segment() {
        return segment;
    }

    /** The ASCII path segment used in IRIs. */
    public String code() {
        return code;
    }

    public Node parent() {
        return parent;
    }

    public List<Node> children() {
        return children;
    }

    public List<Cell> cells() {
        return cells;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public String marker() {
        return marker;
    }

    public String heading() {
        return heading;
    }

    public String caption() {
        return caption;
    }

    public List<String> columns() {
        return columns;
    }

    public String rowNumber() {
        return rowNumber;
    }

    public String path() {
        return parent == null ? segment : parent.path() + "/" + segment;
    }

    public String codePath() {
        return parent == null ? code : parent.codePath() + "/" + code;
    }

    public int depth() {
        return parent == null ? 1 : parent.depth() + 1;
    }
}
