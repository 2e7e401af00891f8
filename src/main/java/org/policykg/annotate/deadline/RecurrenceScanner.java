package org.policykg.annotate.deadline;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deadlines that recur: 每季度末 (every period's end, from the plan year's first one), 每月25日前 (a day of every
 * month), and a bare frequency (每季度召开一次, 按年度评选 → R/P3M, R/P1Y) that names no day of its period.
 */
final class RecurrenceScanner {

    private static final String SENTENCE_ENDS = "。！？!?；;\n\r";

    private final TimeWords words;
    private final Pattern every;
    private final Pattern frequency;

    RecurrenceScanner(TimeWords words) {
        this.words = words;
        this.every = Pattern.compile("(?<w>" + words.alternation("every") + ")(?:(?<d>\\d{1,2})\\s*日|(?<e>末|底))\\s*(?<cue>"
                + words.alternation("suffix") + ")?");
        // a day, a month or a part of the period after it makes it a calendar expression (每年1月15日前, 每年年底, 每季度末)
        this.frequency = Pattern.compile("(?<w>" + words.alternation("frequency") + ")(?!\\h*(?:\\d|[一二三四五六七八九十]{1,3}\\h*[月日号]"
                + "|[年底末第度]|上半年|下半年|[一二三四]季度))");
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

    /**
     * Bare frequencies not covered by {@code found}; none in a sentence that also names a day of the period
     * (每年组织评估，于12月20日前报送: the yearly day is the deadline).
     */
    List<Deadline> frequencies(String text, List<Deadline> found) {
        List<Deadline> out = new ArrayList<>();
        Matcher f = frequency.matcher(text);
        while (f.find()) {
            int[] s = sentence(text, f.start());
            boolean dayed = found.stream().anyMatch(d -> d.start() < s[1] && s[0] < d.end()
                    && (d.kind() == DeadlineKind.YEARLY || d.kind() == DeadlineKind.MONTHLY || d.kind() == DeadlineKind.RECURRING));
            if (!dayed && found.stream().noneMatch(d -> d.start() < f.end() && f.start() < d.end())) {
                int months = Integer.parseInt(words.exact("frequency", f.group("w")).orElseThrow().value());
                out.add(new Deadline(f.group(), f.start(), f.end(), DeadlineKind.RECURRING, TimeRelation.ON, null, null, null,
                        null, months % 12 == 0 ? Period.ofYears(months / 12) : Period.ofMonths(months), null));
            }
        }
        return out;
    }

    private static int[] sentence(String text, int at) {
        int a = at;
        while (a > 0 && SENTENCE_ENDS.indexOf(text.charAt(a - 1)) < 0) {
            a--;
        }
        int z = at;
        while (z < text.length() && SENTENCE_ENDS.indexOf(text.charAt(z)) < 0) {
            z++;
        }
        return new int[] {a, z};
    }
}
