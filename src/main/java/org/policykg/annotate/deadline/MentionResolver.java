package org.policykg.annotate.deadline;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns mentions into deadlines, carrying a sentence's explicit year over to its later items. */
final class MentionResolver {

    private static final String SENTENCE_ENDS = "。！？!?\n\r";

    private final List<TimeWords.Word> yearlyWords;

    MentionResolver(TimeWords words) {
        this.yearlyWords = words.of("yearly");
    }

    List<Deadline> resolve(String text, List<Mention> mentions, DateContext ctx) {
        List<Deadline> out = new ArrayList<>();
        int sentence = -1;
        Integer anchor = null;
        for (Mention m : mentions) {
            int start = sentenceStart(text, m.coreStart());
            if (start != sentence) {
                sentence = start;
                anchor = null;
            }
            String written = text.substring(m.start(), m.end());
            switch (m.type()) {
                case DURATION -> out.add(new Deadline(written, m.start(), m.end(), DeadlineKind.DURATION, m.cue(),
                        null, null, null, null, m.duration(), null));
                case NOW -> out.add(new Deadline(written, m.start(), m.end(), DeadlineKind.NOW,
                        m.cue() == null ? TimeRelation.ON : m.cue(), null, null, null, null, null, null));
                case CALENDAR -> {
                    boolean governed = YearChoice.governed(text.substring(start, m.coreStart()), yearlyWords);
                    YearChoice year = YearChoice.of(m.first().year(), anchor, governed, ctx);
                    calendar(written, m, year, ctx).ifPresent(out::add);
                    anchor = explicitYear(m).orElse(anchor);
                }
            }
        }
        return out;
    }

    private static Optional<Integer> explicitYear(Mention m) {
        Atom a = m.span() && m.last().year().type() == YearSpec.Type.EXPLICIT ? m.last() : m.first();
        return a.year().type() == YearSpec.Type.EXPLICIT ? Optional.of(a.year().value()) : Optional.empty();
    }

    private static int sentenceStart(String text, int pos) {
        for (int i = pos - 1; i >= 0; i--) {
            if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    private static Optional<Deadline> calendar(String written, Mention m, YearChoice year, DateContext ctx) {
        Atom a = m.first();
        if (m.span()) {
            return span(written, m, year, ctx);
        }
        TimeRelation relation = m.cue() != null ? m.cue() : a.inherent() != null ? a.inherent()
                : a.point() ? TimeRelation.ON : TimeRelation.DURING;
        boolean fromStart = relation == TimeRelation.FROM;
        boolean point = a.point() || relation == TimeRelation.BY || fromStart;
        if (year.yearly()) {
            if (!point) {
                // a yearly interval has no value of its own; give the plan year's, or nothing
                return ctx.planYear() == null || !a.fitsYear(ctx.planYear()) ? Optional.empty()
                        : Optional.of(interval(written, m, relation, a.begin(ctx.planYear()), a.end(ctx.planYear())));
            }
            MonthDay md = fromStart ? a.yearlyBegin() : a.yearlyEnd();
            LocalDate instance = ctx.planYear() == null ? null : md.atYear(ctx.planYear());
            return Optional.of(new Deadline(written, m.start(), m.end(), DeadlineKind.YEARLY, relation, instance,
                    null, null, md, null, null));
        }
        int y = year.year();
        if (year.rollable() && a.fitsYear(y) && a.end(y).isBefore(ctx.issued())) {
            y++;
        }
        if (!a.fitsYear(y)) {
            return Optional.empty();
        }
        if (!point) {
            return Optional.of(interval(written, m, relation, a.begin(y), a.end(y)));
        }
        LocalDate date = fromStart ? a.begin(y) : a.end(y);
        return Optional.of(new Deadline(written, m.start(), m.end(), DeadlineKind.DATE, relation, date,
                null, null, null, null, null));
    }

    /** 5月底至6月初, 12月到次年1月: from the start of the first part to the end of the last. */
    private static Optional<Deadline> span(String written, Mention m, YearChoice year, DateContext ctx) {
        Atom a = m.first();
        Atom b = m.last();
        Integer from = year.yearly() ? ctx.planYear() : year.year();
        if (from == null || !a.fitsYear(from)) {
            return Optional.empty();
        }
        int to = switch (b.year().type()) {
            case EXPLICIT -> b.year().value();
            case RELATIVE -> from + b.year().value();
            default -> b.end(from).isBefore(a.begin(from)) ? from + 1 : from;
        };
        if (year.rollable() && b.fitsYear(to) && b.end(to).isBefore(ctx.issued())) {
            from++;
            to++;
        }
        if (!b.fitsYear(to) || b.end(to).isBefore(a.begin(from))) {
            return Optional.empty();
        }
        return Optional.of(interval(written, m, TimeRelation.DURING, a.begin(from), b.end(to)));
    }

    private static Deadline interval(String written, Mention m, TimeRelation relation, LocalDate begin, LocalDate until) {
        return new Deadline(written, m.start(), m.end(), DeadlineKind.INTERVAL, relation, null, begin, until, null, null, null);
    }
}
