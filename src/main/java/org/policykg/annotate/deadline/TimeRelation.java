package org.policykg.annotate.deadline;

/** How an action relates to its time expression, read from the cue words around it. */
public enum TimeRelation {
    /** No later than (前, 之前, 底前, 内, 不超过). */
    BY,
    /** At (a bare date or period end: 2020年底, 1月上旬, 立即). */
    ON,
    /** Starting at (起, 开始, 自…起). */
    FROM,
    /** Throughout (spans, 全年, quarters, a bare month). */
    DURING
}
