package org.policykg.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A subordinate jurisdiction's draft of a parent plan's rows: every body becomes its counterpart one level down,
 * a counterpart no source establishes is marked for a person to confirm (【待确认】, with the suggested name if
 * any and the parent's body in brackets), and a reporting task's deadlines move earlier by the margin, the
 * parent's deadline kept beside them.
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
        String lead = map(f.leads(), f);
        return lead.isEmpty() ? words.get("pending") : lead;
    }

    @Override
    public String support(TaskFacts f) {
        return map(f.supports(), f);
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

    private String map(List<String> labels, TaskFacts f) {
        return labels.stream().map(l -> {
            Counterparts.Counterpart c = f.collectives.contains(l) ? counterparts.collective(l) : counterparts.of(l);
            return c.confirmed() ? c.name() : words.get("pending") + (c.name() == null ? "" : c.name()) + "（" + l + "）";
        }).distinct().collect(Collectors.joining("、"));
    }
}
