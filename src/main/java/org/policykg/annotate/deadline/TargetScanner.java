package org.policykg.annotate.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.conventions.ChineseNumerals;

/**
 * Targets set for a whole year or plan period, which carry no month: 到2025年 and 2025年前 (reached by the year's
 * end: 2025-12-31, BY) and “十四五”期间 (the period: 2021-01-01/2025-12-31). A year with a month or a part of a
 * year after it (2025年底, 2025年6月) is a calendar expression, and a bare year (2021年度工作) states no deadline.
 * A target ending before the document's year looks back (巩固“十三五”时期成果) and is no deadline.
 */
final class TargetScanner {

    private static final String CN_YEAR = "〇○零Ｏ一二三四五六七八九";
    /** What may not follow a target year: a month, a part of the year or 度 (2021年度). */
    private static final String NOT_AFTER = "(?!\\h*(?:\\d|[" + "一二三四五六七八九十" + "]{1,3}\\h*月|[底末初内中度前第]|以前|之前|上半年|下半年|[一二三四]季度))";

    private final Pattern byYear;
    private final Pattern beforeYear;
    private final Pattern period;
    private final TimeWords words;

    TargetScanner(TimeWords words) {
        this.words = words;
        String year = "(?<![\\d" + CN_YEAR + "])(?<y>\\d{4}|[" + CN_YEAR + "]{4})\\h*年";
        this.byYear = Pattern.compile("(?:" + words.alternation("target-year") + ")\\h*" + year + NOT_AFTER,
                Pattern.UNICODE_CHARACTER_CLASS);
        this.beforeYear = Pattern.compile(year + "(?:以前|之前|前)", Pattern.UNICODE_CHARACTER_CLASS);
        this.period = Pattern.compile("[“\"‘']?(?<p>" + words.alternation("plan-period") + ")[”\"’']?(?:规划)?\\h*(?:"
                + words.alternation("period-word") + ")");
    }

    List<Deadline> find(String text, DateContext ctx) {
        Integer now = ctx.planYear() != null ? ctx.planYear() : ctx.issued() == null ? null : ctx.issued().getYear();
        BitSet mask = ProtectedSpans.of(text);
        List<Deadline> out = new ArrayList<>();
        for (Pattern p : List.of(byYear, beforeYear)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                int y = ChineseNumerals.parse(m.group("y"));
                if (y >= 1900 && y < 2200 && (now == null || y >= now) && mask.get(m.start("y"), m.end("y")).isEmpty()) {
                    out.add(new Deadline(m.group(), m.start(), m.end(), DeadlineKind.DATE, TimeRelation.BY,
                            LocalDate.of(y, 12, 31), null, null, null, null, null));
                }
            }
        }
        Matcher m = period.matcher(text);
        while (m.find()) {
            String[] years = words.exact("plan-period", m.group("p")).orElseThrow().value().split("-");
            if (now != null && Integer.parseInt(years[1]) < now) {
                continue;
            }
            out.add(new Deadline(m.group(), m.start(), m.end(), DeadlineKind.INTERVAL, TimeRelation.DURING,
                    null, LocalDate.of(Integer.parseInt(years[0]), 1, 1), LocalDate.of(Integer.parseInt(years[1]), 12, 31),
                    null, null, null));
        }
        return out;
    }
}
