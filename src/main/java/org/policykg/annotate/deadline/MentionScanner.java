package org.policykg.annotate.deadline;

import java.time.Period;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.conventions.ChineseNumerals;

/** Finds every time expression of a text: calendar expressions, time limits (6个月内) and 立即, in text order. */
final class MentionScanner {

    private final TimeWords words;
    private final Cues cues;
    private final CalendarScanner calendar;
    private final Pattern duration;
    private final Pattern now;

    MentionScanner(TimeWords words) {
        this.words = words;
        this.cues = new Cues(words);
        this.calendar = new CalendarScanner(words, cues);
        // a count is a time limit only with a cue: 6个月内, 不超过3个月 (not 三年行动)
        this.duration = Pattern.compile("(?:(?<pre>" + words.alternation("duration-prefix") + ")\\h*)?"
                + "(?<![\\d.．第])(?<n>\\d{1,3}|[一二三四五六七八九十两半]{1,3})\\h*(?<u>" + words.alternation("duration-unit")
                + ")(?:\\h*(?<suf>" + words.alternation("duration-suffix") + "))?", Pattern.UNICODE_CHARACTER_CLASS);
        this.now = Pattern.compile(words.alternation("now"));
    }

    List<Mention> scan(String text) {
        List<Mention> all = new ArrayList<>(calendar.scan(text));
        durations(text, all);
        nows(text, all);
        all.sort(Comparator.comparingInt(Mention::start).thenComparing(Comparator.comparingInt(Mention::end).reversed()));
        BitSet mask = ProtectedSpans.of(text);
        List<Mention> kept = new ArrayList<>();
        int last = 0;
        for (Mention m : all) {
            if (m.start() >= last && mask.get(m.coreStart(), m.coreEnd()).isEmpty()) {
                kept.add(m);
                last = m.end();
            }
        }
        return kept;
    }

    private void durations(String text, List<Mention> out) {
        Matcher m = duration.matcher(text);
        while (m.find()) {
            if (m.group("pre") == null && m.group("suf") == null) {
                continue;
            }
            String unit = words.exact("duration-unit", m.group("u")).orElseThrow().value();
            Optional<Period> p = period(m.group("n"), unit);
            if (p.isPresent()) {
                String cue = m.group("suf") != null ? m.group("suf") : m.group("pre");
                String kind = m.group("suf") != null ? "duration-suffix" : "duration-prefix";
                TimeRelation r = words.exact(kind, cue).orElseThrow().relation();
                out.add(new Mention(Mention.Type.DURATION, m.start(), m.end(), m.start("n"), m.end("u"), null, null, r,
                        p.get()));
            }
        }
    }

    /** 6 + M → P6M; 半 + Y → P6M, 半 + M → P15D; null when the count is not a number. */
    private static Optional<Period> period(String count, String unit) {
        if (count.equals("半")) {
            return switch (unit) {
                case "Y" -> Optional.of(Period.ofMonths(6));
                case "M" -> Optional.of(Period.ofDays(15));
                default -> Optional.empty();
            };
        }
        int n = ChineseNumerals.parse(count.replace('两', '二'));
        if (n <= 0) {
            return Optional.empty();
        }
        return Optional.of(switch (unit) {
            case "Y" -> Period.ofYears(n);
            case "M" -> Period.ofMonths(n);
            case "W" -> Period.ofWeeks(n);
            default -> Period.ofDays(n);
        });
    }

    private void nows(String text, List<Mention> out) {
        Matcher m = now.matcher(text);
        while (m.find()) {
            Optional<Cues.Cue> after = cues.after(text, m.end());
            Optional<Cues.Cue> before = cues.before(text, m.start());
            TimeRelation cue = after.map(Cues.Cue::relation).orElse(before.map(Cues.Cue::relation).orElse(null));
            out.add(new Mention(Mention.Type.NOW, before.map(Cues.Cue::start).orElse(m.start()),
                    after.map(Cues.Cue::end).orElse(m.end()), m.start(), m.end(), null, null, cue, null));
        }
    }
}
