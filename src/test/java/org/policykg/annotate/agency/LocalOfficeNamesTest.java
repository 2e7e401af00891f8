package org.policykg.annotate.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policykg.annotate.agency.AgencyLabels.labels;

import org.junit.jupiter.api.Test;

/** Formal names of the offices central bodies keep in provinces and cities, as short texts write them. */
class LocalOfficeNamesTest {

    @Test
    void shouldNameAFinancialRegulatorsOfficeWithItsPlacesNameWithoutTheLevelWord() {
        assertThat(labels("湖南银保监局、省证监局负责。", "43"))
                .containsExactly("中国银行保险监督管理委员会湖南监管局", "中国证券监督管理委员会湖南监管局");
    }

    @Test
    void shouldNameACitysBankingOfficeAsAMonitoringSubOffice() {
        assertThat(labels("岳阳银保监分局负责。", "4306")).containsExactly("中国银行保险监督管理委员会岳阳监管分局");
    }

    @Test
    void shouldGiveThePeoplesBanksShortFormItsFullName() {
        assertThat(labels("人行岳阳市中心支行负责。", "4306")).containsExactly("中国人民银行岳阳市中心支行");
    }

    @Test
    void shouldKeepAnOfficeOfABodyTheReformReplacedAsWritten() {
        assertThat(labels("湖南银监局负责。", "43")).containsExactly("湖南银监局");
    }

    @Test
    void shouldNameTheGridsProvincialCompanyAsWritten() {
        assertThat(labels("省交通运输厅、国网湖南省电力公司按职责分工负责", "43"))
                .containsExactly("湖南省交通运输厅", "国网湖南省电力公司");
    }

    @Test
    void shouldNameTheNationalAntiCounterfeitingGroupsOfficeByItsFormalName() {
        assertThat(AgencyLabels.RECOGNIZER.find("（全国打击侵权假冒工作领导小组办公室牵头负责）", org.policykg.gazetteer.Jurisdiction.NATION)
                .stream().map(AgencyMention::label).toList())
                .containsExactly("全国打击侵犯知识产权和制售假冒伪劣商品工作领导小组办公室");
    }

    @Test
    void shouldReadACoordinationGroupsMemberUnitsWhenTheGroupsNameIsLong() {
        assertThat(labels("（责任单位：省推进数字乡村建设高质量发展专项工作组成员单位）", "43"))
                .containsExactly("湖南省推进数字乡村建设高质量发展专项工作组成员单位");
    }

    @Test
    void shouldNameADistrictsPublicSecurityBureauAsABranchOfItsCitys() {
        assertThat(labels("区公安分局、区城管执法局要保障点位设置", "110105"))
                .containsExactly("北京市公安局朝阳分局", "北京市朝阳区城市管理行政执法局");
    }

    @Test
    void shouldNameACentralBodysCentreWrittenOnAfterItWhole() {
        assertThat(labels("（责任部门：省药监局、国家药品监督管理局药品审评检查大湾区分中心）", "44"))
                .containsExactly("广东省药品监督管理局", "国家药品监督管理局药品审评检查大湾区分中心");
    }

    @Test
    void shouldNotReadAClauseAfterACentralBodyAsItsCentre() {
        assertThat(labels("商务部会同有关部门建设服务中心。", "44")).first().isEqualTo("商务部");
    }

    @Test
    void shouldNameTheYouthLeaguesCommitteeAndTheMassOrganisationsInFull() {
        assertThat(labels("（责任单位：团市委、市妇联、市总工会、市科协、市残联）", "4306"))
                .containsExactly("共青团岳阳市委员会", "岳阳市妇女联合会", "岳阳市总工会", "岳阳市科学技术协会", "岳阳市残疾人联合会");
    }
}
