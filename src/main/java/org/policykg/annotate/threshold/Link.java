package org.policykg.annotate.threshold;

/** How the words between two neighbouring thresholds join them. */
record Link(Kind kind, String modifier) {

    enum Kind {
        /** not joined: a clause break lies between them */
        NONE,
        /** two conditions on one subject (并且, 且, 和, or stacked …的…的): one group */
        AND,
        /** alternative conditions on one subject (或, 、): own groups, shared subject */
        OR,
        /** a short modifier shared with the next subject (…的国产和…的进口设备) */
        MODIFIER,
        /** the first threshold names its own subject in between (…以下的建筑陶瓷砖、…) */
        OWN
    }

    private static final String CLAUSE_BREAKS = "，,。；;：:！？!?（()）\r\n";
    private static final int MAX_MODIFIER = 4;

    static final Link NONE = new Link(Kind.NONE, null);

    /** Classifies the gap text between the end of one threshold and the start of the next. */
    static Link classify(String gap, WordList ands, WordList ors, Subjects subjects) {
        for (int i = 0; i < gap.length(); i++) {
            if (CLAUSE_BREAKS.indexOf(gap.charAt(i)) >= 0) {
                return NONE;
            }
        }
        String g = gap.strip();
        if (g.isEmpty() || g.equals("的") || ands.contains(g)) {
            return new Link(Kind.AND, null);
        }
        if (ors.contains(g)) {
            return new Link(Kind.OR, null);
        }
        String body = g.startsWith("的") ? g.substring(1) : g;
        String joiner = longer(ands.endingAt(body, body.length(), 0), ors.endingAt(body, body.length(), 0));
        if (joiner != null) {
            String modifier = body.substring(0, body.length() - joiner.length());
            if (!modifier.isEmpty() && modifier.length() <= MAX_MODIFIER && !subjects.namesSubject(modifier)) {
                return new Link(Kind.MODIFIER, modifier);
            }
        }
        return new Link(Kind.OWN, null);
    }

    private static String longer(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null || a.length() >= b.length() ? a : b;
    }
}
