package org.policykg.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ListCounterTest {

    /** The outline of GB/T 9704 documents as one Word list. */
    private static final List<ListCounter.Level> OUTLINE = List.of(
            new ListCounter.Level("chineseCounting", "%1、", 1), new ListCounter.Level("chineseCounting", "（%2）", 1),
            new ListCounter.Level("decimal", "%3.", 1), new ListCounter.Level("decimalEnclosedCircle", "%4", 1));

    private final ListCounter counter = new ListCounter();

    @Test
    void shouldWriteEachLevelInItsFormatAndRestartDeeperLevelsWhenAHigherOneAdvances() {
        List<String> markers = List.of(0, 1, 2, 2, 3, 1, 2, 0, 1).stream().map(this::next).toList();

        assertThat(markers).containsExactly("一、", "（一）", "1.", "2.", "①", "（二）", "1.", "二、", "（一）");
    }

    @Test
    void shouldCountPastTenInChinese() {
        for (int i = 0; i < 10; i++) {
            next(0);
        }

        assertThat(next(0)).isEqualTo("十一、");
    }

    @Test
    void shouldKeepSeparateCountersPerList() {
        counter.next("a", OUTLINE::get, 0);

        assertThat(counter.next("b", OUTLINE::get, 0)).isEqualTo("一、");
        assertThat(counter.next("a", OUTLINE::get, 0)).isEqualTo("二、");
    }

    @Test
    void shouldWriteNothingForBulletsAndUnknownLevels() {
        assertThat(counter.next("b", i -> new ListCounter.Level("bullet", "●", 1), 0)).isEmpty();
        assertThat(counter.next("c", i -> null, 0)).isEmpty();
    }

    @Test
    void shouldWriteMultiLevelTemplatesWithEachLevelsOwnFormat() {
        List<ListCounter.Level> legal = List.of(new ListCounter.Level("decimal", "%1.", 1),
                new ListCounter.Level("decimal", "%1.%2", 1));
        counter.next("l", legal::get, 0);
        counter.next("l", legal::get, 0);

        assertThat(counter.next("l", legal::get, 1)).isEqualTo("2.1");
    }

    private String next(int level) {
        return counter.next("list", OUTLINE::get, level);
    }
}
