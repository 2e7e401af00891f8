package org.policykg.annotate.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policykg.annotate.agency.AgencyLabels.labels;

import org.junit.jupiter.api.Test;
import org.policykg.gazetteer.Jurisdiction;

/** Formal names of local government offices, Party central departments and central bodies' provincial offices. */
class FormalNameAdditionsTest {

    @Test
    void shouldNameALocalStateAssetsCommissionAndLegalOfficeAsTheGovernmentsOwn() {
        assertThat(labels("省国资委、省法制办负责。", "13"))
                .containsExactly("河北省人民政府国有资产监督管理委员会", "河北省人民政府法制办公室");
    }

    @Test
    void shouldExpandTheSafetyCommissionsOfficeAndTheTaxBureausBeforeTheir2018Merger() {
        assertThat(labels("市安委办会同市国税局、市地税局、市综治办落实。", "3301"))
                .containsExactly("杭州市安全生产委员会办公室", "杭州市国家税务局", "杭州市地方税务局", "杭州市社会治安综合治理委员会办公室");
    }

    @Test
    void shouldNameThePartysCentralDepartmentsWithZhongGong() {
        assertThat(labels("中央宣传部、中央统战部按职责分工负责", Jurisdiction.NATION))
                .containsExactly("中共中央宣传部", "中共中央统一战线工作部");
    }

    @Test
    void shouldReadANationalShortNameOpeningWithGuoJiaAsOneBody() {
        assertThat(labels("国家林草局、国家外汇局按职责分工负责", Jurisdiction.NATION))
                .containsExactly("国家林业和草原局", "国家外汇管理局");
    }

    @Test
    void shouldKeepAProvincialTaxBureauOfTheStateTaxationAdministrationWhole() {
        assertThat(labels("国家税务总局河北省税务局负责。", "13")).containsExactly("国家税务总局河北省税务局");
    }
}
