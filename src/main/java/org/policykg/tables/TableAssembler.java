package org.policykg.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Puts obligations into rows and rows into groups. Rows keep document order and are numbered 1, 2, 3 …; the
 * sub-rows of a split table row stay together under one number. Groups are runs of rows: by aspect when every
 * aspect forms a single run (the document is laid out by aspect), else by top-level heading.
 */
final class TableAssembler {

    /** One numbered row: an obligation, or a split table row with its sub-rows. */
    private static final class Entry {
        final DocumentRef doc;
        final String clause;
        final String path;
        TaskFacts self;
        List<TaskFacts.Cell> cells = List.of();
        final List<TaskFacts> parts = new ArrayList<>();

        Entry(DocumentRef doc, String clause, String path) {
            this.doc = doc;
            this.clause = clause;
            this.path = path;
        }

        TaskFacts first() {
            return self != null ? self : parts.get(0);
        }
    }

    private final RowStyle style;
    private final TableWords words;
    private final Progress progress;

    TableAssembler(RowStyle style, TableWords words, Progress progress) {
        this.style = style;
        this.words = words;
        this.progress = progress;
    }

    List<TaskGroup> groups(Map<DocumentRef, List<TaskFacts>> sources) {
        List<Entry> entries = entries(sources);
        boolean byAspect = entries.stream().anyMatch(e -> !e.first().aspects.isEmpty()) && singleRuns(entries);
        List<TaskGroup> groups = new ArrayList<>();
        String current = null;
        List<TaskRow> rows = new ArrayList<>();
        int number = 0;
        for (Entry e : entries) {
            String key = byAspect ? aspect(e.first()) : e.doc.iri() + "\u0000" + e.first().top;
            if (current != null && !current.equals(key)) {
                groups.add(new TaskGroup(name(current), rows));
                rows = new ArrayList<>();
            }
            current = key;
            rows.add(row(e, String.valueOf(++number)));
        }
        if (current != null) {
            groups.add(new TaskGroup(name(current), rows));
        }
        return byAspect ? numbered(groups) : groups;
    }

    private List<Entry> entries(Map<DocumentRef, List<TaskFacts>> sources) {
        List<Entry> out = new ArrayList<>();
        for (Map.Entry<DocumentRef, List<TaskFacts>> s : sources.entrySet()) {
            Map<String, Entry> byClause = new LinkedHashMap<>();
            for (TaskFacts f : s.getValue()) {
                if (f.subRow) {
                    Entry e = byClause.computeIfAbsent(f.parent, k -> new Entry(s.getKey(), k, f.parentPath));
                    if (e.self == null) {
                        e.cells = f.parentCells;
                    }
                    e.parts.add(f);
                } else {
                    Entry e = byClause.computeIfAbsent(f.clause, k -> new Entry(s.getKey(), k, f.path));
                    e.self = f;
                    e.cells = f.cells;
                }
            }
            out.addAll(byClause.values());
        }
        return out;
    }

    private TaskRow row(Entry e, String number) {
        if (e.parts.isEmpty()) {
            return line(e.self, number, TaskText.brief(e.self), TaskText.of(e.self), e.doc);
        }
        Set<String> merged = mergedColumns(e.parts);
        List<TaskFacts.Cell> own = new ArrayList<>(e.cells);
        e.parts.get(0).cells.stream().filter(c -> merged.contains(c.column())).forEach(own::add);
        List<TaskRow> parts = e.parts.stream().map(p -> part(p, merged, e.doc)).toList();
        boolean ownText = own.isEmpty() && e.self != null;
        String task = ownText ? TaskText.brief(e.self) : TaskText.briefOfCells(own);
        String full = ownText ? TaskText.of(e.self) : TaskText.ofCells(own);
        return e.self == null
                ? new TaskRow(number, task, details(task, full), "", "", "", "", basis(e.doc, e.path), e.clause, parts)
                : new TaskRow(number, task, details(task, full), style.lead(e.self), style.support(e.self), style.deadline(e.self),
                        progress.status(e.self, e.doc), basis(e.doc, e.path), e.clause, parts);
    }

    private TaskRow line(TaskFacts f, String number, String task, String full, DocumentRef doc) {
        return new TaskRow(number, task, details(task, full), style.lead(f), style.support(f), style.deadline(f),
                progress.status(f, doc), basis(doc, f.path), f.clause, List.of());
    }

    /** The full text, when the brief task leaves some of it out. */
    private static String details(String task, String full) {
        return task.equals(Sentences.trimEnd(full)) ? "" : full;
    }

    private TaskRow part(TaskFacts p, Set<String> merged, DocumentRef doc) {
        List<TaskFacts.Cell> cells = p.cells.stream().filter(c -> !merged.contains(c.column())).toList();
        return p.cells.isEmpty() ? line(p, "", TaskText.brief(p), TaskText.of(p), doc)
                : line(p, "", TaskText.briefOfCells(cells), TaskText.ofCells(cells), doc);
    }

    /**
     * Columns written only in the first of several sub-rows: a cell merged down the sub-rows, as office exports
     * write it (text in the first cell, the others empty). It belongs to the whole row.
     */
    private static Set<String> mergedColumns(List<TaskFacts> parts) {
        if (parts.size() < 2) {
            return Set.of();
        }
        Set<String> later = parts.subList(1, parts.size()).stream().flatMap(p -> p.cells.stream()).map(TaskFacts.Cell::column)
                .collect(Collectors.toSet());
        ColumnRoles roles = ColumnRoles.standard();
        return parts.get(0).cells.stream().map(TaskFacts.Cell::column)
                .filter(c -> !later.contains(c) && roles.of(c) == ColumnRoles.Role.TASK).collect(Collectors.toSet());
    }

    private static String basis(DocumentRef doc, String path) {
        return doc.citation() + " " + path;
    }

    private String aspect(TaskFacts f) {
        return f.aspects.isEmpty() ? words.get("group.other") : f.aspects.size() == 1 ? f.aspects.iterator().next() : words.get("group.mixed");
    }

    private boolean singleRuns(List<Entry> entries) {
        List<String> runs = new ArrayList<>();
        for (Entry e : entries) {
            String key = aspect(e.first());
            if (runs.isEmpty() || !runs.get(runs.size() - 1).equals(key)) {
                runs.add(key);
            }
        }
        return runs.size() == runs.stream().distinct().count();
    }

    private static String name(String key) {
        int cut = key.indexOf('\u0000');
        return cut < 0 ? key : key.substring(cut + 1);
    }

    private static List<TaskGroup> numbered(List<TaskGroup> groups) {
        List<TaskGroup> out = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            out.add(new TaskGroup(Texts.chinese(i + 1) + "、" + groups.get(i).name(), groups.get(i).rows()));
        }
        return groups.size() > 1 ? out : groups;
    }
}
