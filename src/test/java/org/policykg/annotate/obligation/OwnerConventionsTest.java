package org.policykg.annotate.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policykg.annotate.agency.AgencyRecognizer;
import org.policykg.gazetteer.Jurisdictions;
import org.policykg.read.Overrides;
import org.policykg.structure.MetadataExtractor;
import org.policykg.structure.ParsedDocument;
import org.policykg.structure.StructureParser;

/** Who owes a task when a text names classes of bodies beside named ones, on made-up plans. */
class OwnerConventionsTest {

    private static final Jurisdictions J = Jurisdictions.standard();

    private static List<NodeFacts> read(String text) {
        ParsedDocument doc = new StructureParser().parse(text);
        return ObligationExtractor.standard(new AgencyRecognizer(J)).extract(doc, new MetadataExtractor(J).extract(doc, Overrides.none()));
    }

    private static List<String> owners(String text, String path) {
        return read(text).stream().filter(f -> f.node().path().equals(path))
                .flatMap(f -> f.owners().stream()).map(o -> o.fact().agency().label()).sorted().toList();
    }

    private static String plan(String item) {
        return "丽水市2024年优化营商环境工作方案\n\n一、重点任务\n\n（一）" + item + "\n";
    }

    @Test
    void shouldKeepOnlyTheNamedBodiesWhenTheDepartmentsConcernedStandBesideThem() {
        String text = plan("完善企业服务平台，做好政策兑现。（市经信局牵头，有关部门按职责分工负责）");

        assertThat(owners(text, "一/（一）")).containsExactly("丽水市经济和信息化局");
    }

    @Test
    void shouldKeepTheDepartmentsConcernedWhenTheyAreTheOnlyOwners() {
        String text = plan("各有关部门要完善企业服务平台，做好政策兑现。");

        assertThat(owners(text, "一/（一）")).containsExactly("丽水市各有关部门");
    }

    @Test
    void shouldKeepAGovernmentsDepartmentsBesideANamedBody() {
        String text = plan("完善企业服务平台，做好政策兑现。（市政府办公室牵头，市政府有关部门配合）");

        assertThat(owners(text, "一/（一）")).contains("丽水市人民政府办公室").hasSize(2);
    }

    @Test
    void shouldReadAPlaceTheNoticeAddressesAsTheBodyItAddressesThere() {
        String text = """
                烟台市安全生产委员会办公室关于开展隐患排查的通知

                各区市、开发区管委安委会办公室，市直单位，中央、省驻烟企业：

                一、工作要求

                （一）各区市要于5月10日前完成隐患排查。

                （二）请市直单位，中央、省驻烟企业于5月20日前报送排查情况。
                """;

        assertThat(owners(text, "一/（一）")).containsExactly("烟台市各区市安全生产委员会办公室");
        assertThat(owners(text, "一/（二）")).containsExactly("中央、省驻烟企业", "烟台市市直单位");
    }

    @Test
    void shouldKeepAPlaceAsWrittenWhenTheNoticeAddressesNoBodyThere() {
        String text = """
                烟台市人民政府办公室关于开展隐患排查的通知

                各区市人民政府，市直有关部门：

                一、工作要求

                （一）各区市要于5月10日前完成隐患排查。
                """;

        assertThat(owners(text, "一/（一）")).containsExactly("烟台市各区市");
    }

    @Test
    void shouldKeepAPlaceAsWrittenWhenTheAddresseeListNamesSeveralBodiesOfIt() {
        String text = """
                陕西省工业和信息化厅关于开展隐患排查的通知

                各市（区）工业和信息化局、应急管理局：

                一、工作要求

                （一）各市要于5月10日前完成隐患排查。
                """;

        assertThat(owners(text, "一/（一）")).containsExactly("陕西省各市");
    }

    @Test
    void shouldGiveALettersRequestToTheBodiesItAddresses() {
        String text = "江西省商务厅关于商请会签《外贸稳增长若干措施》的函\n\n省直有关部门、单位：\n\n"
                + "我厅起草了《外贸稳增长若干措施》。\n\n现送贵单位会签，请加盖公章后，于6月10日前反馈省商务厅。省商务厅2023年6月1日\n";
        List<NodeFacts> facts = read(text);
        NodeFacts reply = facts.stream().filter(f -> text.substring(f.start(), f.end()).contains("6月10日")).findFirst().orElseThrow();

        assertThat(reply.owners()).extracting(o -> o.fact().agency().label()).containsExactly("江西省省直有关部门、单位");
        assertThat(reply.recipients()).extracting(o -> o.fact().agency().label()).containsExactly("江西省商务厅");
    }

    @Test
    void shouldNameAGroupCompanyByTheRegisteredNameTheDocumentWritesForIt() {
        String text = plan("建设文旅融合示范区。（责任单位：省文化和旅游厅、省旅游集团）\n\n二、成员名单\n\n（一）王某 省旅游集团控股有限公司");

        assertThat(owners(text.replace("丽水市", "浙江省"), "一/（一）")).containsExactly("浙江省文化和旅游厅", "浙江省旅游集团控股有限公司");
    }

    @Test
    void shouldKeepAGroupCompanyAsWrittenWhenTheDocumentWritesNoRegisteredName() {
        String text = plan("建设文旅融合示范区。（责任单位：省文化和旅游厅、省旅游集团）");

        assertThat(owners(text.replace("丽水市", "浙江省"), "一/（一）")).containsExactly("浙江省文化和旅游厅", "浙江省旅游集团");
    }

    @Test
    void shouldNameACoordinationGroupByTheNameItWasSetUpWith() {
        String text = """
                丽水市人民政府办公室关于成立丽水市政策性茶叶保险工作领导小组的通知

                一、工作职责

                （一）市金融办牵头组织市茶叶保险工作领导小组成员单位开展督查。
                """;

        assertThat(owners(text, "一/（一）")).containsExactly("丽水市人民政府金融工作办公室", "丽水市政策性茶叶保险工作领导小组成员单位");
    }
}
