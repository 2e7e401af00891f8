package org.policykg.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void shouldLeavePlainValuesBareAndEndTheLineWithCrLf() {
        assertThat(Csv.line(List.of("湛江市工业和信息化局", "2021-12-31", "6.1"))).isEqualTo("湛江市工业和信息化局,2021-12-31,6.1\r\n");
    }

    @Test
    void shouldQuoteValuesHoldingCommasQuotesOrLineBreaks() {
        assertThat(Csv.line(List.of("a,b", "say \"yes\"", "two\nlines", "cr\r")))
                .isEqualTo("\"a,b\",\"say \"\"yes\"\"\",\"two\nlines\",\"cr\r\"\r\n");
    }

    @Test
    void shouldWriteEmptyAndMissingValuesAsNothingWhenTheyOpenTheLine() {
        assertThat(Csv.line(Arrays.asList("", null, "x", ""))).isEqualTo(",,x,\r\n");
    }
}
