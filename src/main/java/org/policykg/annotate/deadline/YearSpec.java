package org.policykg.annotate.deadline;

/** How an expression names its year: not at all, 2019年, 次年 (+1), or 每年. */
record YearSpec(Type type, int value) {

    enum Type { NONE, EXPLICIT, RELATIVE, YEARLY }

    static final YearSpec NONE = new YearSpec(Type.NONE, 0);
    static final YearSpec YEARLY = new YearSpec(Type.YEARLY, 0);

    static YearSpec explicit(int year) {
        return new YearSpec(Type.EXPLICIT, year);
    }

    static YearSpec relative(int offset) {
        return new YearSpec(Type.RELATIVE, offset);
    }
}
