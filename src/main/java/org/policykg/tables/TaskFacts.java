package org.policykg.tables;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.policykg.calendar.DueDays;

/** What the graph says about one obligation, as read by queries/task-table.rq. */
final class TaskFacts {

    /** A body in a role (lead, support, responsible, recipient), at its offset in the document. */
    record Party(String role, String label, int pos) {}

    /** A deadline: as written, its kind (date, yearly …), pkg:due (YYYY-MM-DD or --MM-DD), pkg:dueDate and its period. */
    record Due(String text, String kind, String due, String dueDate, String period) {

        DueDays.Deadline deadline() {
            return new DueDays.Deadline(text, kind, due, dueDate, period);
        }
    }

    /** A table cell as written, under its column header. */
    record Cell(String column, int index, String value) {}

    final String doc;
    final String clause;
    final String path;
    final int ordinal;
    final String parent;
    final String parentPath;
    final boolean subRow;
    final String marker;
    final String text;
    final String task;
    final List<Party> parties = new ArrayList<>();
    final List<Due> dues = new ArrayList<>();
    final List<Cell> cells = new ArrayList<>();
    final List<Cell> parentCells = new ArrayList<>();
    final Set<String> aspects = new LinkedHashSet<>();
    String top = "";
    /** The labels of collective actors among the parties (各有关单位): a draft moves them to its place as they are. */
    final Set<String> collectives = new java.util.HashSet<>();
    /** The clause's run-in heading (严格项目审核审查), empty when it has none. */
    String heading = "";

    TaskFacts(String doc, String clause, String path, int ordinal, String parent, String parentPath, boolean subRow,
              String marker, String text, String task) {
        this.doc = doc;
        this.clause = clause;
        this.path = path;
        this.ordinal = ordinal;
        this.parent = parent;
        this.parentPath = parentPath;
        this.subRow = subRow;
        this.marker = marker;
        this.text = text;
        this.task = task;
    }

    /** The labels of the bodies in a role, in the order the text names them, each once. */
    List<String> labels(String role) {
        return parties.stream().filter(p -> p.role().equals(role)).sorted(java.util.Comparator.comparingInt(Party::pos))
                .map(Party::label).distinct().toList();
    }

    /** 牵头单位: the leading bodies, or the responsible ones when the text names no lead. */
    List<String> leads() {
        List<String> lead = labels("lead");
        return lead.isEmpty() ? labels("responsible") : lead;
    }

    List<String> supports() {
        return labels("support");
    }

    /** A reporting task: the text names a body that receives its report (报送, 上报 …). */
    boolean reporting() {
        return !labels("recipient").isEmpty();
    }
}
