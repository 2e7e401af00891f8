package org.policykg.annotate.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policykg.gazetteer.Jurisdiction;

/** Collectives belong to the jurisdiction of the document that names them. */
class CollectiveScopeTest {

    private List<AgencyMention> find(String text, String code) {
        return AgencyLabels.RECOGNIZER.find(text, AgencyLabels.J.byCode(code).orElseThrow());
    }

    private List<String> labels(String text, String code) {
        return find(text, code).stream().map(AgencyMention::label).toList();
    }

    @Test
    void shouldPutTheCityBeforeACollectiveInACityDocument() {
        assertThat(labels("各有关部门要加强协调。", "3301")).containsExactly("杭州市各有关部门");
    }

    @Test
    void shouldKeepTheWrittenWordsAndTheDocumentsCodeOnAScopedCollective() {
        AgencyMention m = find("各镇（街道）要按月报送。", "3301").get(0);
        assertThat(m.label()).isEqualTo("杭州市各镇（街道）");
        assertThat(m.written()).isEqualTo("各镇（街道）");
        assertThat(m.jurisdiction()).isEqualTo("3301");
        assertThat(m.kind()).isEqualTo(AgencyMention.Kind.COLLECTIVE);
    }

    @Test
    void shouldScopeABodyAfterAnEachQualifier() {
        assertThat(labels("各级应急管理局要开展检查。", "51")).containsExactly("四川省各级应急管理局");
    }

    @Test
    void shouldReadRelevantCityGovernmentsAsOneScopedCollective() {
        assertThat(labels("相关市人民政府负责落实。", "34")).containsExactly("安徽省相关市人民政府");
    }

    @Test
    void shouldLeaveTheCollectivesOfANationalDocumentWithoutAPlace() {
        assertThat(AgencyLabels.RECOGNIZER.find("各地人民政府要加强领导。", Jurisdiction.NATION).stream().map(AgencyMention::label))
                .containsExactly("各地人民政府");
    }

    @Test
    void shouldNotScopeAnApprovingGovernmentWhichMayBeOfAnyLevel() {
        assertThat(find("报有批准权的人民政府批准。", "3301")).extracting(AgencyMention::label, AgencyMention::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("有批准权的人民政府", AgencyMention.Kind.ROLE));
    }

    @Test
    void shouldReadAGovernmentsDepartmentsAsOneCollectiveOfThatGovernment() {
        assertThat(labels("省审计厅牵头，省政府有关部门配合。", "51")).containsExactly("四川省审计厅", "四川省人民政府有关部门");
        assertThat(labels("市政府各部门要按职责分工负责。", "3301")).containsExactly("杭州市人民政府各部门");
    }

    @Test
    void shouldReadTheProvincesAsNationalDocumentsAddressThem() {
        assertThat(AgencyLabels.RECOGNIZER.find("商务部、各省、自治区、直辖市人民政府按职责分工负责。", Jurisdiction.NATION))
                .extracting(AgencyMention::label).containsExactly("商务部", "各省、自治区、直辖市人民政府");
    }

    @Test
    void shouldReadEachDistrictAndCountyLevelCityAsOneCollectiveButNotAMarketBureau() {
        assertThat(labels("各区市要健全工作机制。", "3702")).containsExactly("青岛市各区市");
        assertThat(labels("各区市场监督管理局要加强检查。", "3702")).doesNotContain("青岛市各区市");
    }
}
