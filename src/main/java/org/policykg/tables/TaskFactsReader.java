package org.policykg.tables;

import static org.policykg.query.Solutions.text;
import static org.policykg.query.Solutions.integer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.policykg.query.QueryCatalog;
import org.policykg.query.QueryRunner;
import org.springframework.stereotype.Component;

/** Reads the facts of a document's obligations from queries/task-table.rq, one {@link TaskFacts} per obligation. */
@Component
class TaskFactsReader {

    private final QueryCatalog catalog;
    private final QueryRunner runner;

    TaskFactsReader(QueryCatalog catalog, QueryRunner runner) {
        this.catalog = catalog;
        this.runner = runner;
    }

    /** The obligations of one document (its IRI), in document order. */
    List<TaskFacts> read(String docIri) {
        ResultSetRewindable rs = runner.select(catalog.get("task-table"), Map.of("doc", docIri));
        Map<String, TaskFacts> byClause = new LinkedHashMap<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            TaskFacts f = byClause.computeIfAbsent(text(s, "clause"), k -> new TaskFacts(text(s, "doc"), k, text(s, "path"),
                    integer(s, "ordinal"), text(s, "parent"), text(s, "parentPath"), s.getLiteral("parentRow").getBoolean(),
                    text(s, "marker"), text(s, "text"), text(s, "task")));
            f.heading = text(s, "heading");
            add(f, s);
        }
        List<TaskFacts> out = new ArrayList<>(byClause.values());
        out.sort(java.util.Comparator.comparingInt(f -> f.ordinal));
        return out;
    }

    private static void add(TaskFacts f, QuerySolution s) {
        String key = text(s, "key");
        String value = text(s, "value");
        switch (text(s, "fact")) {
            case "role" -> {
                f.parties.add(new TaskFacts.Party(key, value, integer(s, "pos")));
                if (s.contains("collective") && s.getLiteral("collective").getBoolean()) {
                    f.collectives.add(value);
                }
            }
            case "deadline" -> f.dues.add(new TaskFacts.Due(value, key, text(s, "due"), text(s, "dueDate"), text(s, "period")));
            case "cell" -> addCell(f.cells, new TaskFacts.Cell(key, integer(s, "pos"), value));
            case "parentCell" -> addCell(f.parentCells, new TaskFacts.Cell(key, integer(s, "pos"), value));
            case "aspect" -> f.aspects.add(value);
            case "top" -> f.top = value.isEmpty() ? "" : key + "、" + value;
            default -> { }
        }
    }

    private static void addCell(List<TaskFacts.Cell> cells, TaskFacts.Cell c) {
        if (cells.stream().noneMatch(x -> x.index() == c.index())) {
            cells.add(c);
            cells.sort(java.util.Comparator.comparingInt(TaskFacts.Cell::index));
        }
    }
}
