package org.policykg.annotate.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TimeWordsTest {

    private final TimeWords words = TimeWords.load();

    @Test
    void shouldAdmitEveryWordsFirstCharacterWhenListingFirstCharacters() {
        Pattern first = Pattern.compile("[" + words.firstChars("年", "year-part").orElseThrow() + "]");

        assertThat(words.of("year-part")).allSatisfy(w -> assertThat(first.matcher(w.word().substring(0, 1)).matches()).isTrue());
    }

    @Test
    void shouldAdmitTheCharacterAfterTheSharedOneWhenAWordStartsWithIt() {
        String chars = words.firstChars("年", "year-part").orElseThrow();

        // 2020年底 is written with the year's 年, so the word 年底 may start at 底
        assertThat(Pattern.compile("[" + chars + "]").matcher("底").matches()).isTrue();
        assertThat(Pattern.compile("[" + chars + "]").matcher("彻").matches()).isFalse();
    }
}
