package org.policykg.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** The samples' tables as an office sends them: short 主要任务 cells, the draft's bodies, the 状态 on a fixed day. */
class TaskTableGoldenTest {

    private static final String ZHANJIANG = "001_dbc454e0257d42c0.txt";
    private static final String GUANGDONG = "003_614dae50352398fd.txt";

    @Test
    void shouldNameEachTaskByTheItemsOwnHeadingWhenItHasOne() {
        TaskTable t = TableFixtures.tables().forDocument(ZHANJIANG);

        assertThat(t.rows().subList(0, 20)).extracting(TaskRow::task).containsExactly("加大节能监察力度", "落实差别化价格政策",
                "依法处置能耗不达标企业", "严格项目审核审查", "开展生态环境执法监管", "依法处理环境违法行为", "严格生产许可管理",
                "加强产品质量监督检查", "依法处理质量违法行为", "严格安全生产源头管理", "组织安全生产专项执法", "依法处理安全生产违法行为",
                "认真排查和淘汰落后工艺装备", "严防“地条钢”死灰复燃", "依法关停落后工艺装备", "加强统筹协调", "组织督导宣传", "加强综合施策",
                "做好信息公开", "畅通举报渠道");
        assertThat(t.rows().get(3).details()).startsWith("严格项目审核审查。严格执行相关法律法规").endsWith("做好环境影响审查把关。");
    }

    @Test
    void shouldCutAnItemWithoutHeadingAtItsFirstSentence() {
        TaskTable t = TableFixtures.tables().forDocument(GUANGDONG);

        assertThat(row(t, "二/（一）/表1/2").task()).isEqualTo("水泥：执行水泥单位产品能源消耗限额（GB 16780-2012），如超限额将限期整改，不整改或整改不到位责令关停退出");
        assertThat(row(t, "二/（三）/表3/2").task()).isEqualTo("水泥：（1）淘汰32.5等级复合硅酸盐水泥");
        assertThat(row(t, "二/（三）/表3/2").details()).contains("（2）将水泥产品列入2019年省级产品质量监督抽查目录");
        assertThat(row(t, "四/（一）/¶1").task()).isEqualTo("省工业和信息化厅、发展改革委、生态环境厅、市场监管局、应急管理厅、能源局分别向各地级以上市相关部门印发通知，部署2019年度具体工作");
        assertThat(t.columns()).containsExactly(Column.NUMBER, Column.TASK, Column.LEAD, Column.SUPPORT, Column.DEADLINE, Column.BASIS);
    }

    @Test
    void shouldAddTheFullTextAsAColumnWhenAskedFor() {
        TaskTable t = TableFixtures.tables().forDocument(ZHANJIANG, new TableOptions(true, null));

        assertThat(t.columns()).containsExactly(Column.NUMBER, Column.TASK, Column.DETAILS, Column.LEAD, Column.SUPPORT, Column.DEADLINE,
                Column.BASIS);
        assertThat(Column.DETAILS.value(t.rows().get(0))).startsWith("加大节能监察力度。制定年度节能监察工作计划");
    }

    @Test
    void shouldKeepTheFullTextInANoteOnTheBasisCellWithoutTheDetailsColumn() throws Exception {
        TaskTable t = TableFixtures.tables().forDocument(ZHANJIANG);
        String first = t.rows().get(0).details();
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();

        TableFormat.DOCX.write(t, docx);
        TableFormat.XLSX.write(t, xlsx);

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.toByteArray()))) {
            assertThat(doc.getComments()[0].getText()).isEqualTo(first);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            assertThat(wb.getSheetAt(0).getCellComments().values()).extracting(c -> c.getString().getString()).contains(first);
        }
    }

    @Test
    void shouldDraftWithTheNamesTheCityItselfUsesAndMarkWhatNoSourceEstablishes() {
        TaskTable draft = TableFixtures.tables().draftFor("湛江市", GUANGDONG, 10);
        String bodies = String.join("、", draft.rows().stream().flatMap(r -> List.of(r.lead(), r.support()).stream()).toList());

        assertThat(row(draft, "二/（一）/1").lead()).isEqualTo("湛江市工业和信息化局、湛江市发展和改革局、【待确认】（广东省能源局）");
        assertThat(row(draft, "二/（二）/1").lead()).isEqualTo("湛江市生态环境局");
        assertThat(bodies).doesNotContain("湛江市能源局", "湛江市发展和改革委员会");
    }

    @Test
    void shouldTrackProgressOnAFixedDay() {
        TaskTable t = TableFixtures.tables().forDocument(GUANGDONG, new TableOptions(false, LocalDate.of(2019, 6, 20)));

        assertThat(t.columns()).contains(Column.STATUS);
        assertThat(row(t, "四/（三）/¶1").status()).isEqualTo("已逾期");
        assertThat(row(t, "二/（三）/表3/7").status()).isEqualTo("30日内到期");
        assertThat(row(t, "二/（二）/2").status()).isEqualTo("未到期");
        assertThat(row(t, "二/（二）/表2/1").status()).as("自2019年1月1日起 starts a duty").isEqualTo("长期");
        assertThat(row(t, "二/（一）/1").status()).isEqualTo("长期");
    }

    private static TaskRow row(TaskTable t, String path) {
        return t.rows().stream().filter(r -> r.basis().endsWith(" " + path)).findFirst().orElseThrow();
    }
}
