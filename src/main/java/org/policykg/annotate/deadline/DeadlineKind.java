package org.policykg.annotate.deadline;

/** The shape of a normalized time expression. */
public enum DeadlineKind {
    /** One calendar day (2022-01-03). */
    DATE,
    /** A closed range of days (2019-10-01/2019-12-31). */
    INTERVAL,
    /** A month-day that recurs every year (--12-20). */
    YEARLY,
    /** A length of time (P6M). */
    DURATION,
    /** At once (立即). */
    NOW,
    /** The end of every period of some months, from the plan year's first (R/2022-03-31/P3M, ISO 8601 repetition). */
    RECURRING,
    /** A day of every month (---25, as xsd:gDay). */
    MONTHLY,
    /** A standing task with no end (持续推进, 长期坚持). */
    ONGOING
}
