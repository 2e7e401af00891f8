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

/** A paragraph that assigns several tasks gives one obligation per task, each with its own owners and deadline. */
class TaskUnitsTest {

    private static final Jurisdictions J = Jurisdictions.standard();

    private static List<NodeFacts> obligations(String plan) {
        ParsedDocument doc = new StructureParser().parse(plan);
        return ObligationExtractor.standard(new AgencyRecognizer(J)).extract(doc, new MetadataExtractor(J).extract(doc, Overrides.none()))
                .stream().filter(NodeFacts::obligation).toList();
    }

    private static List<String> owners(NodeFacts f) {
        return f.owners().stream().map(o -> o.fact().agency().written()).toList();
    }

    @Test
    void shouldEndATaskAtEachOwnerBracketWhenAnItemHasSeveral() {
        List<NodeFacts> tasks = obligations("""
                泰州市2024年外贸发展工作方案
                一、重点任务
                1.扩大出口。建立重点国别关税对比清单。（市商务局负责）支持企业注册境外商标。（市市场监管局牵头，市商务局配合）
                """);

        assertThat(tasks).hasSize(2);
        assertThat(owners(tasks.get(0))).containsExactly("市商务局");
        assertThat(owners(tasks.get(1))).containsExactly("市市场监管局", "市商务局");
        assertThat(tasks.get(1).start()).isGreaterThan(tasks.get(0).start());
    }

    @Test
    void shouldStartATaskAtEachSentenceThatNamesWhoCarriesItOut() {
        List<NodeFacts> tasks = obligations("""
                泰州市2024年献血工作方案
                一、加强保障
                市卫生健康委要加强行业指导。市财政局要保障工作经费。
                """);

        assertThat(tasks).extracting(TaskUnitsTest::owners).containsExactly(List.of("市卫生健康委"), List.of("市财政局"));
    }

    @Test
    void shouldGiveEachReportingStepItsDeadlineAndTheOwnerOfTheStepBefore() {
        List<NodeFacts> tasks = obligations("""
                泰州市2024年安全生产工作方案
                一、工作要求
                市应急管理局要于10月13日前报送工作通讯录，11月15日前报送年度工作报告。
                """);

        assertThat(tasks).hasSize(2);
        assertThat(tasks).allSatisfy(t -> assertThat(owners(t)).containsExactly("市应急管理局"));
        assertThat(tasks).extracting(t -> t.deadlines().get(0).fact().date().toString())
                .containsExactly("2024-10-13", "2024-11-15");
    }

    @Test
    void shouldKeepASentencesOwnDeadlineWhenOneClosingBracketOwesSeveralSentences() {
        List<NodeFacts> tasks = obligations("""
                泰州市2024年外贸发展工作方案
                一、重点任务
                1.扩大出口。建立关税对比清单，2024年6月底前完成。支持企业开拓市场。（市商务局、市财政局按职责分工负责）
                """);

        assertThat(tasks).hasSize(2);
        assertThat(tasks).allSatisfy(t -> assertThat(owners(t)).containsExactly("市商务局", "市财政局"));
        assertThat(tasks.get(0).deadlines()).extracting(d -> d.fact().date().toString()).containsExactly("2024-06-30");
        assertThat(tasks.get(1).deadlines()).isEmpty();
    }

    @Test
    void shouldSendAReportThatNamesNoReceiverToTheIssuer() {
        List<NodeFacts> tasks = obligations("""
                泰州市安全生产委员会办公室
                泰安办〔2024〕3号
                关于加强安全生产网格化监管工作的通知
                各市（区）安委办：
                一、工作要求
                各市（区）安委办要于10月13日前报送工作通讯录。
                泰州市安全生产委员会办公室
                2024年9月1日
                """);

        assertThat(tasks).singleElement().satisfies(t -> assertThat(t.recipients())
                .extracting(r -> r.fact().agency().label()).containsExactly("泰州市安全生产委员会办公室"));
    }

    @Test
    void shouldTakeTheOwnersFromAnItemsClosingBracketRatherThanTheBodyItAddresses() {
        List<NodeFacts> tasks = obligations("""
                关于加强劳务品牌建设的指导意见
                一、重点任务
                （一）开展选树推介。各地要定期开展劳务品牌征集评选。（人力资源社会保障部负责）
                """);

        assertThat(tasks).singleElement().satisfies(t -> assertThat(owners(t)).containsExactly("人力资源社会保障部"));
    }

    @Test
    void shouldReadEachSentenceOfAnItemAsATaskOwedByItsClosingBracketWhenTheBracketClosesSeveral() {
        List<NodeFacts> tasks = obligations("""
                泰州市2024年外贸发展工作方案
                一、重点任务
                （一）强化保障。建立外贸企业服务专员制度。组建外贸专家库。（市商务局负责，完成时限：2024年）
                """);

        assertThat(tasks).hasSize(2);
        assertThat(tasks).extracting(TaskUnitsTest::owners).containsOnly(List.of("市商务局"));
        assertThat(tasks).allSatisfy(t -> assertThat(t.deadlines()).hasSize(1));
        assertThat(tasks.get(0).task()).contains("强化保障");
    }

    @Test
    void shouldReadEachLineOfATablePrintedAsLinesAsATaskOwedByItsOwnerColumns() {
        List<NodeFacts> tasks = obligations("""
                泰州市2024年追溯体系建设方案
                一、重点任务
                建立追溯体系。
                附件
                重点产品名录
                产品名录牵头单位配合单位
                蔬菜开展追溯试点市商务局市财政局、市市场监管局
                药品全程追溯市市场监管局市商务局
                """);

        List<NodeFacts> rows = tasks.stream().filter(t -> t.task() != null && t.task().contains("追溯") && !t.task().contains("体系")).toList();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).owners()).extracting(o -> o.fact().role() + ":" + o.fact().agency().written())
                .containsExactly("LEAD:市商务局", "SUPPORT:市财政局", "SUPPORT:市市场监管局");
        assertThat(rows.get(1).owners()).extracting(o -> o.fact().role() + ":" + o.fact().agency().written())
                .containsExactly("LEAD:市市场监管局", "SUPPORT:市商务局");
    }
}
