package org.policykg.annotate.deadline;

import java.util.Comparator;
import java.util.List;

/**
 * How many years after its anchor year a deadline as written falls (次年1月31日前 → 1), from the year-ref words
 * of conventions/time-words.tsv: what a yearly deadline's first instance needs when the graph gives no date.
 */
public final class YearOffsets {

    private static final List<TimeWords.Word> REFS = TimeWords.load().of("year-ref").stream()
            .sorted(Comparator.comparingInt((TimeWords.Word w) -> w.word().length()).reversed()).toList();

    private YearOffsets() {
    }

    /** The offset of the first year-ref word the text holds, else 0. */
    public static int of(String deadlineText) {
        return REFS.stream().filter(w -> deadlineText.contains(w.word())).findFirst()
                .map(w -> Integer.parseInt(w.value())).orElse(0);
    }
}
