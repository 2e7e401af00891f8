package org.policykg.annotate.deadline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Standing tasks with no end (持续推进, 长期坚持) where the words stand as a deadline of their own, ending their
 * segment: （持续推进，牵头单位：…）, a 完成时限 cell. Followed by an object (持续推进改革) they are only a verb.
 */
final class OngoingScanner {

    private final Pattern ongoing;

    OngoingScanner(TimeWords words) {
        this.ongoing = Pattern.compile("(?:" + words.alternation("ongoing") + ")(?=\\h*(?:$|[，,；;。）)\\n\\r]))",
                Pattern.MULTILINE);
    }

    List<Deadline> find(String text) {
        List<Deadline> out = new ArrayList<>();
        Matcher m = ongoing.matcher(text);
        while (m.find()) {
            out.add(new Deadline(m.group(), m.start(), m.end(), DeadlineKind.ONGOING, TimeRelation.DURING,
                    null, null, null, null, null, null));
        }
        return out;
    }
}
