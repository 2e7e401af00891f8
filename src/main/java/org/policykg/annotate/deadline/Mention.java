package org.policykg.annotate.deadline;

import java.time.Period;

/**
 * A time expression found in a text, cue words included, before resolution. CALENDAR mentions hold one atom, or two
 * when a separator joins them into a span (5月底至6月初); {@code core*} is the part without cue words.
 */
record Mention(Type type, int start, int end, int coreStart, int coreEnd, Atom first, Atom last, TimeRelation cue,
               Period duration) {

    enum Type { CALENDAR, DURATION, NOW }

    boolean span() {
        return last != null;
    }
}
