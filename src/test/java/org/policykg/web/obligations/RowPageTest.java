package org.policykg.web.obligations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RowPageTest {

    private static final List<ObligationRow> ROWS = IntStream.range(0, 120)
            .mapToObj(i -> new ObligationRow("", "", "urn:d", "方案", "一/" + i, "任务", "某局", "lead", "urn:d/a1")).toList();

    @Test
    void shouldPageTheRowsKeepingTheFiltersInThePageLinks() {
        ObligationFilter filter = new ObligationFilter("湛江市工业和信息化局", null, "lead", LocalDate.parse("2021-01-01"), null,
                null, LocalDate.now(), "city", "广东省");

        RowPage second = RowPage.of(ROWS, 2, filter);

        assertThat(second.rows()).hasSize(RowPage.SIZE).first().extracting(ObligationRow::path).isEqualTo("一/50");
        assertThat(second.pages()).isEqualTo(3);
        assertThat(second.total()).isEqualTo(120);
        assertThat(second.previous()).isEqualTo("/obligations?agency=%E6%B9%9B%E6%B1%9F%E5%B8%82%E5%B7%A5%E4%B8%9A%E5%92%8C%E4%BF%A1%E6%81%AF%E5%8C%96%E5%B1%80"
                + "&level=city&jurisdiction=%E5%B9%BF%E4%B8%9C%E7%9C%81&role=lead&from=2021-01-01&page=1");
        assertThat(second.next()).endsWith("&page=3");
    }

    @Test
    void shouldShowTheLastPageForAPagePastItAndNoLinksForOnePage() {
        ObligationFilter none = new ObligationFilter(null, null, null, null, null);

        assertThat(RowPage.of(ROWS, 9, none).rows()).hasSize(20);
        RowPage one = RowPage.of(ROWS.subList(0, 3), 1, none);
        assertThat(one.previous()).isNull();
        assertThat(one.next()).isNull();
        assertThat(one.pages()).isEqualTo(1);
    }
}
