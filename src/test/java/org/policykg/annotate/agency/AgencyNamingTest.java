package org.policykg.annotate.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policykg.annotate.agency.AgencyLabels.labels;

import org.junit.jupiter.api.Test;
import org.policykg.gazetteer.Jurisdiction;

/** Canonical labels: short forms expanded, the place made explicit, national bodies by their formal names. */
class AgencyNamingTest {

    @Test
    void shouldReadBareCityAsTheMunicipalityWhenTheProvinceIsACity() {
        // 天津市 is a province-level city: its 市 is the province itself
        assertThat(labels("市科委牵头，市交通委、市住房城乡建设委配合。", "12"))
                .containsExactly("天津市科学技术委员会", "天津市交通委员会", "天津市住房和城乡建设委员会");
    }

    @Test
    void shouldNameADistrictWithItsCityAndTheMunicipalityForABareCity() {
        // 和平区 of 天津市
        assertThat(labels("区卫生健康委负责，报市药品监管局。", "120101"))
                .containsExactly("天津市和平区卫生健康委员会", "天津市药品监督管理局");
    }

    @Test
    void shouldExpandConventionalShortFormsOfLocalBodies() {
        // 郑州市
        assertThat(labels("市发展改革委、市人力资源社会保障局、市卫生计生委、市市场监管局", "4101"))
                .containsExactly("郑州市发展和改革委员会", "郑州市人力资源和社会保障局", "郑州市卫生和计划生育委员会",
                        "郑州市市场监督管理局");
    }

    @Test
    void shouldLabelNationalBodiesByTheirFormalNamesInANationalDocument() {
        assertThat(labels("科技部、海关总署、市场监管总局、医保局、证监会、全国总工会按职责分工负责。", Jurisdiction.NATION))
                .containsExactly("科学技术部", "海关总署", "国家市场监督管理总局", "国家医疗保障局", "中国证券监督管理委员会",
                        "中华全国总工会");
    }

    @Test
    void shouldKeepAShortFormLocalBodiesShareLocalInAProvincialList() {
        // 医保局 after a placed body in a provincial plan is the province's, not the national one
        assertThat(labels("省财政厅、医保局负责。", "43")).containsExactly("湖南省财政厅", "湖南省医疗保障局");
    }

    @Test
    void shouldNotTakeTheCountyInsideANationalBodysNameForAPlace() {
        // 公安 is also a county (公安县), 中国 the nation's short name
        assertThat(labels("公安部、中国铁路总公司负责。", Jurisdiction.NATION)).containsExactly("公安部", "中国铁路总公司");
    }

    @Test
    void shouldLabelPartyOrgansWithThePartysNameAndThePlace() {
        // 洛阳市
        assertThat(labels("市委组织部、市委网信办负责。", "4103"))
                .containsExactly("中共洛阳市委组织部", "中共洛阳市委网络安全和信息化委员会办公室");
    }

    @Test
    void shouldExpandGovernmentOfficesWrittenAfterTheGovernment() {
        assertThat(labels("市政府金融办牵头，省外办配合。", "4103"))
                .containsExactly("洛阳市人民政府金融工作办公室", "河南省人民政府外事办公室");
    }

    @Test
    void shouldNameACentralBodysLocalOfficeWithItsPlaceInside() {
        assertThat(labels("省贸促会负责。", "43")).containsExactly("中国国际贸易促进委员会湖南省委员会");
        assertThat(labels("中国出口信用保险公司湖南分公司负责。", "43")).containsExactly("中国出口信用保险公司湖南分公司");
    }

    @Test
    void shouldNotReadLayoutWordsAsBodies() {
        assertThat(labels("优化产业布局，支持率先布局，针对党委开展培训。", "43")).isEmpty();
    }
}
