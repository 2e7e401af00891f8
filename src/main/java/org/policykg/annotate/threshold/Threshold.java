package org.policykg.annotate.threshold;

/**
 * A quantity limit found in policy text, e.g. "400立方米及以下" in 淘汰400立方米及以下炼铁高炉.
 *
 * @param text       the whole threshold phrase as written (attribute, comparator, value, unit)
 * @param start      offset of {@code text} in the input
 * @param end        end offset (exclusive)
 * @param attribute  what is measured when written (幅宽, 镉含量, 使用年限), else null
 * @param subject    the equipment, product or obligation the limit applies to, best effort, may be null
 * @param comparator how the value bounds the quantity
 * @param value      the value as written ("16万", "1:10")
 * @param unit       the unit as written ("安培", "米/分"), null for a bare ratio
 * @param normValue  the value with multipliers applied (160000); N for a ratio 1:N
 * @param normUnit   the QUDT unit local name from CONVENTIONS.md (A, TONNE-PER-YR, RATIO…)
 * @param exception  the text of an attached …除外 exception, else null
 * @param group      thresholds joined by 并且/且/和 on one subject share a group number
 */
public record Threshold(String text, int start, int end, String attribute, String subject,
                        Comparator comparator, String value, String unit, double normValue, String normUnit,
                        String exception, int group) {
}
