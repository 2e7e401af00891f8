package org.policykg.annotate.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policykg.conventions.Tsv;

class CitationExtractorTest {

    private final CitationExtractor extractor = new CitationExtractor();

    private List<Citation> cites(String text) {
        List<Citation> found = extractor.find(text, false);
        found.forEach(c -> assertThat(text.substring(c.start(), c.end())).isEqualTo(c.text()));
        return found;
    }

    private Citation only(String text) {
        List<Citation> found = cites(text);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void shouldJoinATitleAndItsNumberInBracketsIntoOneCitation() {
        String text = "为落实《关于利用综合标准依法依规推动落后产能退出的指导意见》(工信部联产业〔2017〕30 号) 精神";
        Citation c = only(text);
        assertThat(c.title()).isEqualTo("关于利用综合标准依法依规推动落后产能退出的指导意见");
        assertThat(c.number()).isEqualTo("工信部联产业〔2017〕30号");
        assertThat(c.year()).isEqualTo("2017");
        assertThat(c.kind()).isEqualTo(CitationKind.DOCUMENT);
        assertThat(c.text()).isEqualTo("《关于利用综合标准依法依规推动落后产能退出的指导意见》(工信部联产业〔2017〕30 号)");
        assertThat(c.start()).isEqualTo(3);
    }

    @Test
    void shouldJoinATitleAndItsNumberInFullWidthParentheses() {
        Citation c = only("根据《安徽省2020年落后产能退出工作方案》（皖工业〔2020〕5号），推动");
        assertThat(c.title()).isEqualTo("安徽省2020年落后产能退出工作方案");
        assertThat(c.number()).isEqualTo("皖工业〔2020〕5号");
        assertThat(c.text()).endsWith("5号）");
    }

    @Test
    void shouldCiteATitleAloneWithoutNumber() {
        Citation c = only("严格执行《产业结构调整指导目录（2011年本）（修正）》等产业政策");
        assertThat(c.title()).isEqualTo("产业结构调整指导目录（2011年本）（修正）");
        assertThat(c.number()).isNull();
        assertThat(c.year()).isNull();
        assertThat(c.kind()).isEqualTo(CitationKind.DOCUMENT);
    }

    @Test
    void shouldKeepInnerAngleBracketsOfANestedTitle() {
        Citation c = only("《国家安全监管总局关于印发<工贸行业重大生产安全事故隐患判定标准(2017版)>的通知》(安监总管四〔2017〕129号)、");
        assertThat(c.title()).isEqualTo("国家安全监管总局关于印发<工贸行业重大生产安全事故隐患判定标准(2017版)>的通知");
        assertThat(c.number()).isEqualTo("安监总管四〔2017〕129号");
    }

    @Test
    void shouldTreatInnerTitleMarksAsPartOfTheOuterTitle() {
        Citation c = only("按照《关于印发《广东省蓝天保卫战实施方案（2018-2020）》的通知》（粤府〔2018〕128号）要求");
        assertThat(c.title()).isEqualTo("关于印发《广东省蓝天保卫战实施方案（2018-2020）》的通知");
        assertThat(c.number()).isEqualTo("粤府〔2018〕128号");
    }

    @Test
    void shouldAbsorbADoubledClosingMarkAndTakeTheStandardInBrackets() {
        Citation c = only("执行《练江流域水污染物排放标准》》（DB 44/2051-2017）、");
        assertThat(c.title()).isEqualTo("练江流域水污染物排放标准");
        assertThat(c.number()).isEqualTo("DB 44/2051-2017");
        assertThat(c.year()).isEqualTo("2017");
        assertThat(c.kind()).isEqualTo(CitationKind.STANDARD);
        assertThat(c.text()).isEqualTo("《练江流域水污染物排放标准》》（DB 44/2051-2017）");
    }

    @Test
    void shouldNormalizeADashAfterTheStandardPrefix() {
        Citation c = only("执行《电池工业污染物排放标准》（GB-30484-2013）");
        assertThat(c.number()).isEqualTo("GB 30484-2013");
        assertThat(c.kind()).isEqualTo(CitationKind.STANDARD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GB 21256-2013|GB 21256-2013|2013", "GB21256-2013|GB 21256-2013|2013",
            "GB/T 9704-2012|GB/T 9704-2012|2012", "GB/T 1.1—2009|GB/T 1.1-2009|2009", "ＧＢ　３０４８４－２０１３|GB 30484-2013|2013",
            "DB 44/2130-2018|DB 44/2130-2018|2018", "DB44/T 1234-2019|DB 44/T 1234-2019|2019",
            "HJ 2.1-2016|HJ 2.1-2016|2016", "GB 3838-88|GB 3838-88|1988", "GB 175|GB 175|"})
    void shouldNormalizeStandardNumbersToPrefixSpaceNumberYear(String row) {
        String[] cells = row.split("\\|", -1);
        Citation c = only("能源消耗限额（" + cells[0] + "），如超限额");
        assertThat(c.text()).isEqualTo(cells[0]);
        assertThat(c.title()).isNull();
        assertThat(c.number()).isEqualTo(cells[1]);
        assertThat(c.year()).isEqualTo(cells[2].isEmpty() ? null : cells[2]);
        assertThat(c.kind()).isEqualTo(CitationKind.STANDARD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5GB 100-2013", "PM2.5", "GB 12", "ABGB 1234-2013", "COD 100-2000"})
    void shouldNotMistakeOtherCodesForStandards(String text) {
        assertThat(cites(text)).isEmpty();
    }

    @Test
    void shouldCiteANumberInRunningTextWithoutTitle() {
        Citation c = only("各有关单位要按照工信部联产业〔2017〕30号文要求，结合部门职责分工");
        assertThat(c.title()).isNull();
        assertThat(c.number()).isEqualTo("工信部联产业〔2017〕30号");
        assertThat(c.text()).isEqualTo("工信部联产业〔2017〕30号");
        assertThat(c.kind()).isEqualTo(CitationKind.DOCUMENT);
    }

    @Test
    void shouldTieAnOrderToTheTitleItFollows() {
        Citation c = only("属于《产业结构调整指导目录（2019年本）》（2019年中华人民共和国国家发展和改革委员会令 第29号）淘汰类的产能");
        assertThat(c.title()).isEqualTo("产业结构调整指导目录（2019年本）");
        assertThat(c.number()).isEqualTo("国家发展和改革委员会令2019年第29号");
        assertThat(c.year()).isEqualTo("2019");
    }

    @Test
    void shouldEndTheCitationAtTheNumberWhenTheBracketGoesOn() {
        String text = "《产业结构调整指导目录（2011年本）（修正）》（2013年中华人民共和国国家发展和改革委员会令第21号。"
                + "《产业结构调整指导目录》有新修订的，按照修订的版本执行，下同）";
        List<Citation> found = cites(text);
        assertThat(found).extracting(Citation::title, Citation::number).containsExactly(
                tuple("产业结构调整指导目录（2011年本）（修正）", "国家发展和改革委员会令2013年第21号"),
                tuple("产业结构调整指导目录", null));
        assertThat(found.get(0).text()).endsWith("第21号");
    }

    @Test
    void shouldMarkEveryCitationOfThePreambleAsImplemented() {
        String text = "为贯彻落实工业和信息化部等16部委《关于利用综合标准依法依规推动落后产能退出的指导意见》(工信部联产业〔2017〕30号)"
                + "和《广东省2024年推动落后产能退出工作方案的通知》（粤工信规划政策〔2024〕4号）以及《江门市2024年推动落后产能退出工作计划》"
                + "（江工信材料函〔2024〕20号）要求，特制定本计划。";
        assertThat(extractor.find(text, true)).extracting(Citation::number, Citation::relation).containsExactly(
                tuple("工信部联产业〔2017〕30号", Relation.IMPLEMENTS),
                tuple("粤工信规划政策〔2024〕4号", Relation.IMPLEMENTS),
                tuple("江工信材料函〔2024〕20号", Relation.IMPLEMENTS));
        assertThat(extractor.find(text, false)).extracting(Citation::relation).containsOnly(Relation.CITES);
    }

    @Test
    void shouldYieldOneCitationPerOccurrence() {
        String text = "根据《国务院关于印发打赢蓝天保卫战三年行动计划的通知》要求；根据《国务院关于印发打赢蓝天保卫战三年行动计划的通知》要求";
        assertThat(cites(text)).extracting(Citation::title).containsExactly(
                "国务院关于印发打赢蓝天保卫战三年行动计划的通知", "国务院关于印发打赢蓝天保卫战三年行动计划的通知");
    }

    @ParameterizedTest
    @ValueSource(strings = {"经市人民政府同意，现将《湛江市 2021 年推动落后产能退出工作方案》印发给你们，请认真组织实施。",
            "现将《本方案》予以印发", "按照本办法（以下简称《办法》）执行"})
    void shouldNotCiteTheDocumentItselfOrAnAlias(String text) {
        assertThat(cites(text)).isEmpty();
    }

    @Test
    void shouldKeepTheNumberButNotTheAliasInTheSameBracket() {
        Citation c = only("根据《国务院办公厅关于加强节能工作的意见》（国办发〔2019〕1号，以下简称《意见》）要求");
        assertThat(c.number()).isEqualTo("国办发〔2019〕1号");
        assertThat(c.text()).endsWith("1号");
    }

    @Test
    void shouldCiteADocumentThatIsForwarded() {
        assertThat(only("现将《工业和信息化部关于开展节能监察的通知》转发给你们").title()).isEqualTo("工业和信息化部关于开展节能监察的通知");
    }

    @Test
    void shouldRemoveLineBreaksFromATitle() {
        Citation c = only("按照《关于支持打击地条钢、界定工频和中频感应炉\n使用范围的意见》(钢协\n\n〔2017〕23号)等要求");
        assertThat(c.title()).isEqualTo("关于支持打击地条钢、界定工频和中频感应炉使用范围的意见");
        assertThat(c.number()).isEqualTo("钢协〔2017〕23号");
    }

    @Test
    void shouldIgnoreAnOpeningMarkThatIsNeverClosed() {
        List<Citation> found = cites("《未闭合的标题" + "。".repeat(250) + "《产品质量法》");
        assertThat(found).extracting(Citation::title).containsExactly("产品质量法");
    }

    @Test
    void shouldReturnTheSameResultsFromManyThreads() throws IOException {
        String text = Files.readString(corpusFile("003_"));
        List<Citation> expected = extractor.find(text, false);
        IntStream.range(0, 16).parallel().forEach(i -> assertThat(extractor.find(text, false)).isEqualTo(expected));
    }

    /** Every citation of every sample, in text order, as listed in citation/corpus-citations.tsv. */
    @ParameterizedTest
    @ValueSource(strings = {"000_", "001_", "002_", "003_", "004_"})
    void shouldFindEveryCitationOfTheSampleDocuments(String prefix) throws IOException {
        String text = Files.readString(corpusFile(prefix));
        List<List<String>> expected = Tsv.classpath("citation/corpus-citations.tsv").stream()
                .filter(r -> r.get("file").equals(prefix))
                .map(r -> List.of(r.get("relation"), r.get("kind"), r.get("title"), r.get("number")))
                .toList();
        List<List<String>> actual = citationsWithPreamble(text).stream()
                .map(c -> List.of(c.relation().name(), c.kind().name(), nullToEmpty(c.title()), nullToEmpty(c.number())))
                .toList();
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    /** The preamble is the paragraph before the first outline item that opens with 为/根据/按照. */
    private List<Citation> citationsWithPreamble(String text) {
        Matcher outline = Pattern.compile("(?m)^\\s*[一二三四五六七八九十]+、").matcher(text);
        int firstItem = outline.find() ? outline.start() : text.length();
        Matcher p = Pattern.compile("(?m)^[ \\t\\u3000]*(?:为|根据|按照).*$").matcher(text);
        List<Citation> all = new ArrayList<>();
        if (p.find() && p.start() < firstItem) {
            all.addAll(shifted(extractor.find(text.substring(0, p.start()), false), 0));
            all.addAll(shifted(extractor.find(text.substring(p.start(), p.end()), true), p.start()));
            all.addAll(shifted(extractor.find(text.substring(p.end()), false), p.end()));
        } else {
            all.addAll(extractor.find(text, false));
        }
        all.forEach(c -> assertThat(text.substring(c.start(), c.end())).isEqualTo(c.text()));
        return all;
    }

    private static List<Citation> shifted(List<Citation> cs, int by) {
        return cs.stream().map(c -> new Citation(c.text(), c.start() + by, c.end() + by, c.title(), c.number(), c.year(),
                c.kind(), c.relation())).toList();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static Path corpusFile(String prefix) throws IOException {
        try (var files = Files.list(Path.of("corpus"))) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.toString().endsWith(".txt"))
                    .findFirst().orElseThrow();
        }
    }
}
