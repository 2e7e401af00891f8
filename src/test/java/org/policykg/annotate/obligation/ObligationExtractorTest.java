package org.policykg.annotate.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policykg.annotate.agency.AgencyRecognizer;
import org.policykg.annotate.citation.Relation;
import org.policykg.gazetteer.Jurisdictions;
import org.policykg.read.Overrides;
import org.policykg.structure.MetadataExtractor;
import org.policykg.structure.ParsedDocument;
import org.policykg.structure.StructureParser;

/** Which subdivisions of a whole document are read, on a made-up county plan with a covering notice. */
class ObligationExtractorTest {

    private static final Jurisdictions J = Jurisdictions.standard();
    private static final String PLAN = """
            永嘉县经济和信息化局文件

            永经信〔2023〕9号

            关于印发永嘉县2023年推动落后产能退出工作方案的通知

            各乡镇人民政府，县直有关部门：

            根据《温州市2023年推动落后产能退出工作方案》（温经信〔2023〕12号）要求，现将《永嘉县2023年推动落后产能退出工作方案》印发给你们，请认真贯彻落实。

            永嘉县经济和信息化局

            2023年3月20日

            永嘉县2023年推动落后产能退出工作方案

            一、主要任务

            （一）依法处置

            1. 对核查确认的落后产能，各有关单位要依法依规处置：

            （1）县发展改革局负责落实差别电价政策。

            （2）县市场监管局负责开展产品质量抽查。
            """;

    private final List<NodeFacts> facts = read();

    private static List<NodeFacts> read() {
        ParsedDocument doc = new StructureParser().parse(PLAN);
        return ObligationExtractor.standard(new AgencyRecognizer(J)).extract(doc, new MetadataExtractor(J).extract(doc, Overrides.none()));
    }

    private List<String> owners(String path) {
        return facts.stream().filter(f -> f.node().path().equals(path))
                .flatMap(f -> f.owners().stream()).map(o -> o.fact().agency().label()).toList();
    }

    @Test
    void shouldReadACoveringNoticesCitationOnceAsImplemented() {
        assertThat(facts.stream().flatMap(f -> f.citations().stream()).map(c -> c.fact()))
                .filteredOn(c -> "温经信〔2023〕12号".equals(c.number()))
                .extracting(c -> c.relation()).containsExactly(Relation.IMPLEMENTS);
    }

    @Test
    void shouldKeepTheOwnerOfAnItemThatIntroducesItsSubItemsWithAColon() {
        assertThat(owners("一/（一）/1")).containsExactly("永嘉县各有关单位");
        assertThat(owners("一/（一）/1/（1）")).containsExactly("永嘉县发展和改革局");
    }

    private static final String DUTIES = """
            永嘉县农业保险工作领导小组工作方案

            一、工作职责

            （一）县财政局职责。

            1.负责保费补贴资金的拨付。

            2.协助县农业农村局做好宣传工作。

            二、工作要求

            （以下各项均需县审计局参与监督，不再列出）

            （一）县农业农村局要按月通报参保进度。

            （二）县林业局要按季度开展检查。
            """;

    private static List<NodeFacts> readDuties() {
        ParsedDocument doc = new StructureParser().parse(DUTIES);
        return ObligationExtractor.standard(new AgencyRecognizer(J)).extract(doc, new MetadataExtractor(J).extract(doc, Overrides.none()));
    }

    private static NodeFacts at(List<NodeFacts> facts, String path) {
        return facts.stream().filter(f -> f.node().path().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void shouldGiveTheItemsUnderADutyHeadingItsBodyInTheRoleEachItemGivesIt() {
        List<NodeFacts> duties = readDuties();
        NodeFacts pay = at(duties, "一/（一）/1");
        NodeFacts help = at(duties, "一/（一）/2");

        assertThat(pay.obligation()).isTrue();
        assertThat(pay.owners()).extracting(o -> o.fact().agency().label()).containsExactly("永嘉县财政局");
        assertThat(help.owners()).extracting(o -> o.fact().role() + " " + o.fact().agency().label())
                .containsExactlyInAnyOrder("LEAD 永嘉县农业农村局", "SUPPORT 永嘉县财政局");
    }

    @Test
    void shouldAddTheBodiesOfAStandingNoteToEveryTaskAfterIt() {
        List<NodeFacts> duties = readDuties();

        assertThat(at(duties, "二/（一）").owners()).extracting(o -> o.fact().agency().label())
                .containsExactly("永嘉县农业农村局", "永嘉县审计局");
        assertThat(at(duties, "二/（二）").owners()).extracting(o -> o.fact().agency().label())
                .containsExactly("永嘉县林业局", "永嘉县审计局");
        assertThat(at(duties, "一/（一）/1").owners()).extracting(o -> o.fact().agency().label())
                .doesNotContain("永嘉县审计局");
    }
}
