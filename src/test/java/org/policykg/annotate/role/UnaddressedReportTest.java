package org.policykg.annotate.role;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A report that names no receiver goes to the issuer, unless it goes into a system or platform. */
class UnaddressedReportTest {

    private final UnaddressedReport reports = UnaddressedReport.standard();

    @Test
    void shouldFindAReportWithoutAReceiver() {
        assertThat(reports.in("各县区要于11月15日前报送年度工作报告。")).hasValue(12);
    }

    @Test
    void shouldNotTakeAReportIntoASystemForOneToTheIssuer() {
        assertThat(reports.in("企业要通过监管系统企业终端报送隐患排查情况。")).isEmpty();
        assertThat(reports.in("各单位要按时网上报送统计数据。")).isEmpty();
    }

    @Test
    void shouldFindNothingInATextThatDoesNotReport() {
        assertThat(reports.in("加强安全生产监管执法。")).isEmpty();
    }
}
