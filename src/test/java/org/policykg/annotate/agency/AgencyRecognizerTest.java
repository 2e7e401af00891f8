package org.policykg.annotate.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policykg.annotate.agency.AgencyLabels.labels;

import org.junit.jupiter.api.Test;
import org.policykg.gazetteer.Jurisdiction;

/** Agency names in documents of places and levels the samples do not cover. */
class AgencyRecognizerTest {

    @Test
    void shouldResolveBarePrefixesToTheCountyAndItsCityInACountyPlan() {
        // 永嘉县, under 温州市, 浙江省
        assertThat(labels("县经信局牵头会同县发展改革局、县市场监管局、各乡镇（街道）做好排查，将工作总结报送市经信局和县政府。", "330324"))
                .containsExactly("永嘉县经济和信息化局", "永嘉县发展和改革局", "永嘉县市场监督管理局", "永嘉县各乡镇（街道）",
                        "温州市经济和信息化局", "永嘉县人民政府");
    }

    @Test
    void shouldReadAPlaceBeforeAQualifiedBodyAsTheScopeOfThoseBodies() {
        // 绵阳市 (5107): how a task table writes a collective of local bodies
        assertThat(labels("绵阳市各地住房和城乡建设局负责", "5107")).containsExactly("绵阳市各地住房和城乡建设局");
    }

    @Test
    void shouldReadMarketAsABodyNotAsCityPlusWords() {
        assertThat(labels("省工业和信息化厅、发展改革委、市场监管局、应急管理厅等部门", "51"))
                .containsExactly("四川省工业和信息化厅", "四川省发展和改革委员会", "四川省市场监督管理局", "四川省应急管理厅");
    }

    @Test
    void shouldExpandAShortPlaceNameToTheNearestDivision() {
        assertThat(labels("由绍兴生态环境局柯桥分局负责", "330603")).containsExactly("绍兴市生态环境局柯桥分局");
    }

    @Test
    void shouldDistributeASharedQualifierOverAListOfFields() {
        assertThat(labels("各级发展改革、财政、自然资源等主管部门要按职责分工负责", "65"))
                .containsExactly("新疆维吾尔自治区各级发展改革主管部门", "新疆维吾尔自治区各级财政主管部门",
                        "新疆维吾尔自治区各级自然资源主管部门");
    }

    @Test
    void shouldScopeCollectivesToTheDocumentsPlaceAndKeepVerticalOfficesAsWritten() {
        assertThat(labels("各县（市、区）人民政府、人行长沙中心支行、各有关单位要加强协调", "4301"))
                .containsExactly("长沙市各县（市、区）人民政府", "中国人民银行长沙中心支行", "长沙市各有关单位");
    }

    @Test
    void shouldNotTakeACountyNamedLikeAVerbForAPlace() {
        // 会同 is a county of Hunan and the verb "together with"
        assertThat(labels("市工信局牵头会同各有关部门制定方案", "4301")).containsExactly("长沙市工业和信息化局", "长沙市各有关部门");
    }

    @Test
    void shouldFindTheSuccessorOfABodyRenamedIn2018() {
        assertThat(Successions.standard().of("湛江市环境保护局", "4408")).extracting(Successions.Rename::successor)
                .containsExactly("湛江市生态环境局");
        assertThat(Successions.standard().of("广东省经济和信息化委员会", "44")).extracting(Successions.Rename::successor)
                .containsExactly("广东省工业和信息化厅");
        assertThat(Successions.standard().of("安徽省经济和信息化委员会", "34")).extracting(Successions.Rename::successor)
                .containsExactly("安徽省经济和信息化厅");
        assertThat(Successions.standard().of("芜湖市银监局", "3402")).extracting(Successions.Rename::successor)
                .containsExactly("芜湖市银保监局", "芜湖市金融监管局");
        assertThat(Successions.standard().of("湛江市工业和信息化局", "4408")).isEmpty();
    }

    @Test
    void shouldNotPrefixACompleteNationalNameWithTheGuoJiaOfTheItemBefore() {
        assertThat(AgencyLabels.RECOGNIZER.find("国家发展改革委、财政部、自然资源部按职责分工负责", (Jurisdiction) null).stream().map(AgencyMention::label))
                .containsExactly("国家发展和改革委员会", "财政部", "自然资源部");
    }

    @Test
    void shouldCompleteABareZongJuToItsNationalName() {
        assertThat(AgencyLabels.RECOGNIZER.find("（市场监管总局负责）", (Jurisdiction) null).stream().map(AgencyMention::label))
                .containsExactly("国家市场监督管理总局");
    }

    @Test
    void shouldNotRunANameAcrossAModalVerb() {
        assertThat(labels("各市要成立以政府分管领导为组长的工作专班。", "33")).noneMatch(l -> l.contains("要"));
    }

    @Test
    void shouldKeepTheGridCompanyOpenerAsWritten() {
        assertThat(labels("国网浙江省电力有限公司、国网宁波供电公司配合", "33"))
                .containsExactly("国网浙江省电力有限公司", "国网宁波供电公司");
    }

    @Test
    void shouldExtendAGovernmentWithItsInspectionOffice() {
        assertThat(labels("县政府督查室定期通报进展。", "330324")).containsExactly("永嘉县人民政府督查室");
    }

    @Test
    void shouldGiveTheBodiesDirectlyUnderALevelTheirPlace() {
        assertThat(labels("省直有关单位按职责分工负责", "51")).containsExactly("四川省省直有关单位");
    }
}
