package org.policykg.annotate.threshold;

import java.math.BigDecimal;

/**
 * A number with its unit and comparator words, before it is placed in its phrase.
 * start/end cover comparator, rate prefix, value, unit and suffix; unitStart is -1 for a bare ratio.
 */
record Quantity(int start, int end, int valueStart, int valueEnd, int unitStart, int unitEnd,
                BigDecimal normValue, String normUnit, Comparator comparator) {

    Quantity withComparator(Comparator c) {
        return new Quantity(start, end, valueStart, valueEnd, unitStart, unitEnd, normValue, normUnit, c);
    }
}
