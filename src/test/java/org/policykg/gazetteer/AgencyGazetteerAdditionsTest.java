package org.policykg.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policykg.annotate.agency.AgencyMention;
import org.policykg.annotate.agency.AgencyRecognizer;

/** Entries of gazetteer/agency-names.tsv and collectives.tsv for bodies common in plans of every province. */
class AgencyGazetteerAdditionsTest {

    private static final Jurisdictions J = Jurisdictions.standard();
    private final AgencyRecognizer recognizer = new AgencyRecognizer(J);

    private List<String> labels(String text, String code) {
        return recognizer.find(text, J.byCode(code).orElseThrow()).stream().map(AgencyMention::label).toList();
    }

    @Test
    void shouldRecognizeALocalPowerSupplyCompanyAsABody() {
        // 迁西县 (河北省唐山市): a county's 供电公司, the usual name of the grid's local branch
        assertThat(labels("县供电公司要立即断电。", "130227")).containsExactly("迁西县供电公司");
    }

    @Test
    void shouldRecognizeAProvincialPowerCompanyAsABody() {
        assertThat(labels("省电力有限公司配合做好停限电工作。", "13")).containsExactly("河北省电力有限公司");
    }

    @Test
    void shouldRecognizeResponsibleDepartmentsAsACollective() {
        assertThat(labels("各责任部门要依法依规处置。", "130227")).containsExactly("迁西县各责任部门");
    }

    @Test
    void shouldReadProvinceLevelAsAQualifierOfAFunctionalRole() {
        // a national document's collectives take no place
        assertThat(recognizer.find("各省级工业和信息化主管部门要于每年12月20日前报送工作总结。", Jurisdiction.NATION).stream()
                .map(AgencyMention::label)).containsExactly("各省级工业和信息化主管部门");
    }
}
