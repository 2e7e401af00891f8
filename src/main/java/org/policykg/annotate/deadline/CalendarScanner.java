package org.policykg.annotate.deadline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.conventions.ChineseNumerals;

/**
 * Finds calendar expressions: an optional year (2019年, 二〇二一年, 次年, 每年) followed by a part of a year (年底,
 * 第四季度, 全年) or a month with an optional day or part of a month (4月15日, 5月底, 1月上旬, 3—4月), two of them
 * joined by a separator into a span (5月底至6月初), and the cue words around them.
 */
final class CalendarScanner {

    private static final String SP = "\\h*";
    private static final String CN_YEAR = "〇○零Ｏ一二三四五六七八九";
    private static final String CN_NUM = "一二三四五六七八九十";
    private static final String NUM = "(?:\\d{1,2}|[" + CN_NUM + "]{1,3})";

    private final TimeWords words;
    private final Cues cues;
    private final Pattern atom;
    private final Pattern joiner;

    CalendarScanner(TimeWords words, Cues cues) {
        this.words = words;
        this.cues = cues;
        String span = words.alternation("span");
        String year = "(?:(?<![\\d" + CN_YEAR + "])(?<y>\\d{4}|[" + CN_YEAR + "]{4})" + SP + "年"
                + "|(?<ry>" + words.alternation("year-ref") + ")|(?<ev>" + words.alternation("yearly") + "))";
        // 日 is sometimes left out before 前 (4月28前)
        String day = "(?:(?<d0>" + NUM + ")" + SP + "[日号]?" + SP + span + SP + ")?(?<d>" + NUM + ")" + SP
                + "(?:[日号]|(?=" + SP + "(?:之前|以前|前)))";
        // a month number must not continue another number (12月 is not 2月; 每3月, 第3月 are not dates)
        String month = "(?<![\\d.．每第" + CN_NUM + "])(?:(?<m0>" + NUM + ")" + SP + span + SP + ")?(?<m>" + NUM + ")"
                + SP + "月份?(?:" + SP + "(?:" + day + "|(?<mp>" + words.alternation("month-part", "月") + ")))?";
        // every atom starts with a digit, a numeral or a word's first character: checking that first spares trying
        // the alternations at every other position of the text
        String lead = words.firstChars("", "year-ref", "yearly")
                .flatMap(a -> words.firstChars("年", "year-part").map(b -> "(?=[\\d" + CN_YEAR + CN_NUM + a + b + "])"))
                .orElse("");
        this.atom = Pattern.compile(lead + "(?:" + year + SP + ")?(?:(?<yp>" + words.alternation("year-part", "年") + ")|"
                + month + ")", Pattern.UNICODE_CHARACTER_CLASS);
        this.joiner = Pattern.compile(SP + span + SP);
    }

    List<Mention> scan(String text) {
        List<Mention> out = new ArrayList<>();
        Matcher m = atom.matcher(text);
        int pos = 0;
        while (pos < text.length() && m.find(pos)) {
            Optional<Atom> a = atom(m);
            if (a.isEmpty()) {
                pos = m.start() + 1;
                continue;
            }
            Mention mention = extend(text, a.get());
            out.add(mention);
            pos = mention.coreEnd();
        }
        return out;
    }

    /** Joins a following atom into a span, then takes the cue words around. */
    private Mention extend(String text, Atom first) {
        Atom last = null;
        Matcher j = joiner.matcher(text).region(first.end(), text.length());
        if (j.lookingAt()) {
            Matcher b = atom.matcher(text).region(j.end(), text.length()).useTransparentBounds(true);
            if (b.lookingAt()) {
                last = atom(b).orElse(null);
            }
        }
        int coreEnd = last == null ? first.end() : last.end();
        Optional<Cues.Cue> after = cues.after(text, coreEnd);
        Optional<Cues.Cue> before = cues.before(text, first.start());
        TimeRelation cue = after.map(Cues.Cue::relation).orElse(before.map(Cues.Cue::relation).orElse(null));
        return new Mention(Mention.Type.CALENDAR, before.map(Cues.Cue::start).orElse(first.start()),
                after.map(Cues.Cue::end).orElse(coreEnd), first.start(), coreEnd, first, last, cue, null);
    }

    private Optional<Atom> atom(Matcher m) {
        YearSpec year = yearSpec(m);
        if (year == null) {
            return Optional.empty();
        }
        String yp = m.group("yp");
        if (yp != null) {
            // without a year only the whole word counts: 年底 yes, the 底 of 彻底 no
            Optional<TimeWords.Word> w = year.type() == YearSpec.Type.NONE
                    ? words.exact("year-part", yp) : words.lookup("year-part", yp, "年");
            return w.map(p -> new Atom(m.start(), m.end(), year, p.from(), 1, p.to(), 0, p.point(), p.relation()));
        }
        return monthAtom(m, year).filter(Atom::plausible);
    }

    private Optional<Atom> monthAtom(Matcher m, YearSpec year) {
        int month = ChineseNumerals.parse(m.group("m"));
        int monthFrom = m.group("m0") == null ? month : ChineseNumerals.parse(m.group("m0"));
        String mp = m.group("mp");
        boolean hasDay = m.group("d") != null;
        // a Chinese-numeral month alone (统一月度 → 一月) is too ambiguous without a year, a day or a part
        if (!Character.isDigit(m.group("m").charAt(0)) && year.type() == YearSpec.Type.NONE && !hasDay && mp == null) {
            return Optional.empty();
        }
        if (hasDay) {
            int day = ChineseNumerals.parse(m.group("d"));
            int dayFrom = monthFrom < month ? 1 : m.group("d0") == null ? day : ChineseNumerals.parse(m.group("d0"));
            boolean single = m.group("d0") == null && monthFrom == month;
            return Optional.of(new Atom(m.start(), m.end(), year, monthFrom, dayFrom, month, day, single, null));
        }
        if (mp != null) {
            TimeWords.Word p = words.lookup("month-part", mp, "月").orElseThrow();
            return Optional.of(new Atom(m.start(), m.end(), year, monthFrom, monthFrom < month ? 1 : p.from(), month, p.to(),
                    monthFrom == month, null));
        }
        return Optional.of(new Atom(m.start(), m.end(), year, monthFrom, 1, month, 0, false, null));
    }

    /** The year as written, or null when it is not a plausible year. */
    private YearSpec yearSpec(Matcher m) {
        if (m.group("y") != null) {
            int y = ChineseNumerals.parse(m.group("y"));
            return y >= 1900 && y < 2200 ? YearSpec.explicit(y) : null;
        }
        if (m.group("ry") != null) {
            return YearSpec.relative(Integer.parseInt(words.exact("year-ref", m.group("ry")).orElseThrow().value()));
        }
        return m.group("ev") != null ? YearSpec.YEARLY : YearSpec.NONE;
    }
}
