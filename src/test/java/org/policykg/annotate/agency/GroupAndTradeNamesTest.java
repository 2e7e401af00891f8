package org.policykg.annotate.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policykg.annotate.agency.AgencyLabels.labels;

import org.junit.jupiter.api.Test;
import org.policykg.gazetteer.Jurisdiction;

/** Short forms of newer bodies, a group's member units, the provinces as a collective and the enterprises of a trade. */
class GroupAndTradeNamesTest {

    @Test
    void shouldExpandTheShortFormsOfTheBroadcastingBureauAndTheCityOperationsCentre() {
        assertThat(labels("省广电局、省城运中心按职责分工负责。", "13"))
                .containsExactly("河北省广播电视局", "河北省城市运行管理中心");
    }

    @Test
    void shouldReadAGroupOfficesMemberUnitsAsOneBodyNotTheOffice() {
        assertThat(labels("（省节水工作领导小组办公室成员单位按职责分工负责）", "13"))
                .containsExactly("河北省节水工作领导小组办公室成员单位");
    }

    @Test
    void shouldNameTheProvincialGovernmentsWithTheFormalAddressWhenWrittenAsProvincialLevel() {
        assertThat(labels("（商务部、各省级人民政府按职责分工负责）", Jurisdiction.NATION))
                .containsExactly("商务部", "各省、自治区、直辖市人民政府");
    }

    @Test
    void shouldLeaveTheEnterprisesOfATradeUnscopedByTheDocumentsPlace() {
        assertThat(labels("（省通信管理局，各基础电信企业、各发电公司按职责分工负责）", "34"))
                .containsExactly("安徽省通信管理局", "各基础电信企业", "各发电公司");
    }

    @Test
    void shouldKeepAnInspectionAndQuarantineBureauAsWrittenWhenItsPlaceIsWrittenOut() {
        assertThat(labels("（市商务局牵头，扬州出入境检验检疫局配合）", "3210"))
                .containsExactly("扬州市商务局", "扬州出入境检验检疫局");
    }

    @Test
    void shouldReadAStateEnterpriseAsABodyKeepingItsPlaceAsWritten() {
        assertThat(labels("（省交通运输厅牵头，省港航集团、浙江交通集团按职责分工负责）", "33"))
                .containsExactly("浙江省交通运输厅", "浙江省港航集团", "浙江交通集团");
    }
}
