package org.policykg.annotate.deadline;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deadlines that recur within a year: 每季度末 (every period's end, from the plan year's first one) and 每月25日前
 * (a day of every month). A bare 每季度 states how often, not by when, and is not reported.
 */
final class RecurrenceScanner {

    private final TimeWords words;
    private final Pattern every;

    RecurrenceScanner(TimeWords words) {
        this.words = words;
        this.every = Pattern.compile("(?<w>" + words.alternation("every") + ")(?:(?<d>\\d{1,2})\\s*日|(?<e>末|底))\\s*(?<cue>"
                + words.alternation("suffix") + ")?");
    }

    List<Deadline> find(String text, DateContext ctx) {
        List<Deadline> out = new ArrayList<>();
        Matcher m = every.matcher(text);
        while (m.find()) {
            int months = Integer.parseInt(words.exact("every", m.group("w")).orElseThrow().value());
            TimeRelation relation = m.group("cue") == null ? TimeRelation.ON
                    : words.exact("suffix", m.group("cue")).map(TimeWords.Word::relation).orElse(TimeRelation.ON);
            if (m.group("e") != null) {
                LocalDate first = ctx.planYear() == null ? null : YearMonth.of(ctx.planYear(), months).atEndOfMonth();
                out.add(new Deadline(m.group(), m.start(), m.end(), DeadlineKind.RECURRING, relation, first, null, null, null,
                        Period.ofMonths(months), null));
            } else if (months == 1) {
                int day = Integer.parseInt(m.group("d"));
                if (day >= 1 && day <= 31) {
                    out.add(new Deadline(m.group(), m.start(), m.end(), DeadlineKind.MONTHLY, relation, null, null, null, null,
                            null, day));
                }
            }
        }
        return out;
    }
}
