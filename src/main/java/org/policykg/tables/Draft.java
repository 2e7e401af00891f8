package org.policykg.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A subordinate jurisdiction's draft of a parent plan's rows: every body becomes its counterpart one level down,
 * a body without one is marked for a person to fill (【待定】), and a reporting task's deadlines move earlier by
 * the margin, the parent's deadline kept beside them.
 */
final class Draft implements RowStyle {

    private final Counterparts counterparts;
    private final DeadlineShift shift;
    private final TableWords words;

    Draft(Counterparts counterparts, DeadlineShift shift, TableWords words) {
        this.counterparts = counterparts;
        this.shift = shift;
        this.words = words;
    }

    @Override
    public String lead(TaskFacts f) {
        String lead = map(f.leads());
        return lead.isEmpty() ? words.get("pending") : lead;
    }

    @Override
    public String support(TaskFacts f) {
        return map(f.supports());
    }

    @Override
    public String deadline(TaskFacts f) {
        List<String> out = new ArrayList<>();
        for (TaskFacts.Due d : f.dues) {
            String moved = f.reporting() ? shift.earlier(d) : null;
            out.add(moved == null ? d.text() : moved + "（" + words.get("draft.parent.deadline") + "：" + d.text() + "）");
        }
        return out.stream().distinct().collect(Collectors.joining("、"));
    }

    private String map(List<String> labels) {
        return labels.stream().map(l -> {
            String c = counterparts.of(l);
            return c == null ? words.get("pending") + "（" + l + "）" : c;
        }).distinct().collect(Collectors.joining("、"));
    }
}
