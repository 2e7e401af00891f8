package org.policykg.annotate.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An issuer's names for itself (我委, 本局, 区局, 市局办公室) take the issuer's full name. */
class SelfReferenceTest {

    private List<String> labels(String text, String code, String issuer) {
        return AgencyLabels.RECOGNIZER.find(text, new AgencyContext(AgencyLabels.J.byCode(code).orElseThrow(), issuer)).stream()
                .map(AgencyMention::label).toList();
    }

    @Test
    void shouldReadWoWeiAsTheIssuingCommission() {
        assertThat(labels("我委将会同省财政厅制定细则。", "33", "浙江省发展改革委"))
                .containsExactly("浙江省发展和改革委员会", "浙江省财政厅");
    }

    @Test
    void shouldReadLevelAndKindAsTheIssuerAndKeepItsOffice() {
        assertThat(labels("区局办公室负责汇总，区局按年度通报。", "65", "新疆维吾尔自治区市场监管局"))
                .containsExactly("新疆维吾尔自治区市场监督管理局办公室", "新疆维吾尔自治区市场监督管理局");
    }

    @Test
    void shouldReadTheIssuersOfficesListedAfterItsOrgans() {
        assertThat(labels("市局机关各处、室要及时报送。", "3301", "杭州市统计局"))
                .containsExactly("杭州市统计局机关各处、室");
    }

    @Test
    void shouldNotReadABureauOfAnotherLevelAsTheIssuer() {
        assertThat(labels("根据省局要求，市局将开展检查。", "3301", "杭州市市场监督管理局"))
                .doesNotContain("浙江省市场监督管理局").endsWith("杭州市市场监督管理局");
    }

    @Test
    void shouldNotReadAKindTheIssuerIsNotAsTheIssuer() {
        assertThat(labels("我委将会同市财政局制定细则。", "3301", "杭州市统计局")).doesNotContain("杭州市统计局")
                .contains("杭州市财政局");
    }

    @Test
    void shouldNotReadOwnDepartmentAsTheIssuer() {
        assertThat(labels("本部门要制定实施方案。", "3301", "杭州市人民政府办公厅")).isEmpty();
    }

    @Test
    void shouldFindTheIssuerInEachTextWhenAskedAboutOneTextAfterAnother() {
        SelfReference self = new SelfReference(List.of("浙江省发展和改革委员会"), "浙江省");

        assertThat(self.at("我委负责。", 0)).isNotNull();
        assertThat(self.at("由我委牵头。", 1).label()).isEqualTo("浙江省发展和改革委员会");
        assertThat(self.at("由我委牵头。", 0)).isNull();
    }
}
