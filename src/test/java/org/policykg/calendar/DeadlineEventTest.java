package org.policykg.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.fortuna.ical4j.model.Recur;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which deadlines repeat in a calendar, and how: yearly, every quarter's last day, every N months or years. */
class DeadlineEventTest {

    private static DeadlineEvent deadline(String kind, String period) {
        return new DeadlineEvent("d", "牵头", "urn:doc", "某县方案", "", "一/1", "urn:c", "报送进展", "报送进展", "每季度末", kind, "", "", period, "", "");
    }

    @ParameterizedTest(name = "{0} {1} from {2} → {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            yearly    |      | 2024-12-20 | FREQ=YEARLY
            recurring | P3M  | 2024-03-31 | FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1
            recurring | P6M  | 2024-06-30 | FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=-1
            recurring | P1M  | 2024-01-10 | FREQ=MONTHLY;INTERVAL=1
            recurring | P2Y  | 2024-12-31 | FREQ=YEARLY;INTERVAL=2
            date      |      | 2024-06-30 | -
            duration  | P6M  | 2024-06-30 | -
            """)
    void shouldRepeatAsTheDeadlineSays(String kind, String period, LocalDate first, String rule) {
        DeadlineEvent d = deadline(kind, period == null ? "" : period);

        assertThat(d.recurrence(first).orElse(null)).isEqualTo(rule);
        if (rule != null) {
            assertThat(new Recur<LocalDate>(rule).toString()).isEqualTo(rule);
        }
    }
}
