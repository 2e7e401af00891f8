package org.policykg.eval;

import org.policykg.annotate.deadline.Deadline;
import org.policykg.annotate.obligation.NodeFacts;

/** A task's deadline in the task-level gold's terms: an ISO day, --MM-DD, quarterly, annual, ongoing or empty. */
final class DeadlineValues {

    private DeadlineValues() {
    }

    static String first(NodeFacts n) {
        for (NodeFacts.Located<Deadline> d : n.deadlines()) {
            String v = value(d.fact());
            if (!v.isEmpty()) {
                return v;
            }
        }
        return "";
    }

    static String value(Deadline d) {
        return switch (d.kind()) {
            case DATE -> d.date().toString();
            case INTERVAL -> d.until().toString();
            case YEARLY -> d.yearly().toString();
            case RECURRING -> d.duration().toTotalMonths() == 3 ? "quarterly" : d.duration().toTotalMonths() == 12 ? "annual" : "";
            case ONGOING -> "ongoing";
            case DURATION, NOW, MONTHLY -> "";
        };
    }
}
