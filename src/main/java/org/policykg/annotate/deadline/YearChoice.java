package org.policykg.annotate.deadline;

import java.util.List;

/**
 * Which year an expression falls in, per CONVENTIONS.md: an explicit year, carried over to later items of its
 * sentence; else the plan year; else, for a dated document without one, the issue year, rolled on to the next year
 * when the day has already passed; else none, and the expression recurs yearly. 每年 anywhere earlier in the
 * sentence makes its undated items yearly, while 次年 there is the plan year's next year when there is one.
 */
record YearChoice(Integer year, boolean yearly, boolean rollable) {

    private static final YearChoice YEARLY = new YearChoice(null, true, false);

    static YearChoice of(YearSpec spec, Integer anchor, boolean governed, DateContext ctx) {
        return switch (spec.type()) {
            case EXPLICIT -> fixed(spec.value());
            case YEARLY -> YEARLY;
            case RELATIVE -> relative(spec.value(), anchor, governed, ctx);
            case NONE -> anchor != null ? fixed(anchor) : governed ? YEARLY : base(0, ctx);
        };
    }

    private static YearChoice relative(int offset, Integer anchor, boolean governed, DateContext ctx) {
        if (anchor != null) {
            return fixed(anchor + offset);
        }
        if (governed) {
            return offset == 0 || ctx.planYear() == null ? YEARLY : fixed(ctx.planYear() + offset);
        }
        return base(offset, ctx);
    }

    private static YearChoice base(int offset, DateContext ctx) {
        if (ctx.planYear() != null) {
            return fixed(ctx.planYear() + offset);
        }
        if (ctx.issued() != null) {
            return new YearChoice(ctx.issued().getYear() + offset, false, offset == 0);
        }
        return YEARLY;
    }

    private static YearChoice fixed(int year) {
        return new YearChoice(year, false, false);
    }

    /** True when one of the yearly words (每年) occurs in {@code before}, the sentence up to the expression. */
    static boolean governed(String before, List<TimeWords.Word> yearlyWords) {
        return yearlyWords.stream().anyMatch(w -> before.contains(w.word()));
    }
}
