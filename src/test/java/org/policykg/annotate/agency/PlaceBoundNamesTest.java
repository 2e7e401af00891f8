package org.policykg.annotate.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policykg.annotate.agency.AgencyLabels.labels;

import org.junit.jupiter.api.Test;

/** Short forms whose formal name depends on where the body stands: courts by level, regional names of a body. */
class PlaceBoundNamesTest {

    @Test
    void shouldNameAProvincesCourtItsHighCourtAndItsProcuratorateInFull() {
        assertThat(labels("（责任单位：省法院、省检察院）", "61")).containsExactly("陕西省高级人民法院", "陕西省人民检察院");
    }

    @Test
    void shouldNameACitysCourtItsIntermediateCourt() {
        assertThat(labels("（责任单位：市法院、市检察院）", "6101")).containsExactly("西安市中级人民法院", "西安市人民检察院");
    }

    @Test
    void shouldNameADistrictsCourtItsPeoplesCourt() {
        assertThat(labels("（责任单位：区法院）", "310110")).containsExactly("上海市杨浦区人民法院");
    }

    @Test
    void shouldNameAnInnerMongolianCitysApprovalBureauByTheRegionsName() {
        assertThat(labels("（牵头考核单位：市审批服务局）", "1504")).containsExactly("赤峰市行政审批和政务服务局");
    }

    @Test
    void shouldKeepAnApprovalBureausNameElsewhere() {
        assertThat(labels("（牵头单位：市行政审批局）", "1301")).containsExactly("石家庄市行政审批局");
    }
}
