package org.policykg.annotate.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentNumberFinderTest {

    private final DocumentNumberFinder finder = new DocumentNumberFinder();

    private DocumentNumberFinder.Match only(String text) {
        List<DocumentNumberFinder.Match> found = finder.find(text);
        assertThat(found).hasSize(1);
        DocumentNumberFinder.Match m = found.get(0);
        assertThat(text.substring(m.start(), m.end())).isEqualTo(m.written());
        return m;
    }

    @Test
    void shouldReadCodeYearAndSequenceOfABracketedNumber() {
        DocumentNumberFinder.Match m = only("工信部联产业〔2017〕30号");
        assertThat(m.normalized()).isEqualTo("工信部联产业〔2017〕30号");
        assertThat(m.code()).isEqualTo("工信部联产业");
        assertThat(m.year()).isEqualTo(2017);
        assertThat(m.sequence()).isEqualTo(30);
        assertThat(m.start()).isZero();
        assertThat(m.end()).isEqualTo(15);
    }

    @Test
    void shouldDropTheSpaceBeforeHao() {
        DocumentNumberFinder.Match m = only("(工信部联产业〔2017〕30 号) 精神");
        assertThat(m.normalized()).isEqualTo("工信部联产业〔2017〕30号");
        assertThat(m.written()).isEqualTo("工信部联产业〔2017〕30 号");
    }

    @ParameterizedTest
    @ValueSource(strings = {"国发[2017]7号", "国发［2017］7号", "国发（2017）7号", "国发(2017)7号", "国发﹝2017﹞7号",
            "国发【2017】7号", "国发〔 2017 〕 7 号", "国发〔２０１７〕７号", "国发〔2017〕07号", "国发〔2017〕第7号"})
    void shouldNormalizeEveryBracketStyleToTortoiseShellBrackets(String written) {
        DocumentNumberFinder.Match m = only("见" + written + "。");
        assertThat(m.normalized()).isEqualTo("国发〔2017〕7号");
        assertThat(m.written()).isEqualTo(written);
    }

    @Test
    void shouldJoinANumberBrokenAcrossBlankLines() {
        DocumentNumberFinder.Match m = only("的意见》(钢协\n\n〔2017〕23号)等要求");
        assertThat(m.normalized()).isEqualTo("钢协〔2017〕23号");
        assertThat(m.written()).isEqualTo("钢协\n\n〔2017〕23号");
    }

    @Test
    void shouldKeepHanInTheCodeOfALetterNumber() {
        assertThat(only("（粤工信规划政策函〔2021〕20号）").normalized()).isEqualTo("粤工信规划政策函〔2021〕20号");
    }

    @Test
    void shouldStripTheWordsOfTheSentenceBeforeTheCode() {
        DocumentNumberFinder.Match m = only("各有关单位要按照工信部联产业〔2017〕30号文要求，结合部门职责分工");
        assertThat(m.code()).isEqualTo("工信部联产业");
        assertThat(m.written()).isEqualTo("工信部联产业〔2017〕30号");
    }

    @Test
    void shouldStripAConjunctionBetweenTwoNumbers() {
        List<DocumentNumberFinder.Match> found = finder.find("根据国发〔2005〕40号和国发〔2010〕7号的精神及国办发〔2011〕1号");
        assertThat(found).extracting(DocumentNumberFinder.Match::normalized)
                .containsExactly("国发〔2005〕40号", "国发〔2010〕7号", "国办发〔2011〕1号");
    }

    @Test
    void shouldKeepALeadingConjunctionCharWhenItIsPartOfAShortCode() {
        assertThat(only("（和府〔2020〕12号）").code()).isEqualTo("和府");
        assertThat(only("以及和国发〔2020〕12号").code()).isEqualTo("国发");
    }

    @Test
    void shouldKeepTheConjunctionInsideAnIssuerName() {
        assertThat(only("按照中华人民共和国国家发展和改革委员会令第21号").code()).isEqualTo("国家发展和改革委员会令");
    }

    @Test
    void shouldReadAnOrderWithItsYearBeforeTheIssuer() {
        DocumentNumberFinder.Match m = only("（2019年中华人民共和国国家发展和改革委员会令 第29号）");
        assertThat(m.normalized()).isEqualTo("国家发展和改革委员会令2019年第29号");
        assertThat(m.code()).isEqualTo("国家发展和改革委员会令");
        assertThat(m.year()).isEqualTo(2019);
        assertThat(m.sequence()).isEqualTo(29);
        assertThat(m.written()).isEqualTo("2019年中华人民共和国国家发展和改革委员会令 第29号");
    }

    @Test
    void shouldReadAnOrderWithoutYear() {
        DocumentNumberFinder.Match m = only("按照国家发展改革委令第29号执行");
        assertThat(m.normalized()).isEqualTo("国家发展改革委令第29号");
        assertThat(m.year()).isZero();
    }

    @Test
    void shouldReadAnOrderNamedByItsNumber() {
        assertThat(only("国家发展改革委2019年第29号令").normalized()).isEqualTo("国家发展改革委令2019年第29号");
    }

    @Test
    void shouldReadAnAnnouncementNumber() {
        DocumentNumberFinder.Match bare = only("公告2016年第50号");
        assertThat(bare.normalized()).isEqualTo("公告2016年第50号");
        assertThat(bare.year()).isEqualTo(2016);
        assertThat(bare.sequence()).isEqualTo(50);
        DocumentNumberFinder.Match named = only("根据工业和信息化部公告2016年第50号");
        assertThat(named.code()).isEqualTo("工业和信息化部公告");
        assertThat(named.normalized()).isEqualTo("工业和信息化部公告2016年第50号");
    }

    @ParameterizedTest
    @ValueSource(strings = {"（〔2017〕23号）", "某局〔1234〕5号", "国发〔2017〕0号", "行动计划（2018-2020年）",
            "2019年6月30日前", "（2019年本）", "国发〔2017〕", "第一批"})
    void shouldFindNothingWhereThereIsNoWellFormedNumber(String text) {
        assertThat(finder.find(text)).isEmpty();
    }

    @Test
    void shouldFindEveryNumberOfARunInTextOrder() {
        String text = "按照《促进产业结构调整暂行规定》（国发〔2005〕40号）、《国务院关于进一步加强淘汰落后产能工作的通知》"
                + "（国发〔2010〕7号）和（2013年中华人民共和国国家发展和改革委员会令第21号）";
        assertThat(finder.find(text)).extracting(DocumentNumberFinder.Match::normalized)
                .containsExactly("国发〔2005〕40号", "国发〔2010〕7号", "国家发展和改革委员会令2013年第21号");
    }

    @ParameterizedTest
    @ValueSource(strings = {"工信部联产业〔2017〕30号", "粤工信规划政策函〔2021〕20号", "国家发展和改革委员会令2019年第29号",
            "公告2016年第50号", "国发〔1949〕1号"})
    void shouldAcceptWellFormedNumbers(String normalized) {
        assertThat(DocumentNumberFinder.isWellFormed(normalized)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"〔2017〕30号", "国发〔1800〕1号", "国发〔2101〕1号", "国发[2017]1号", "国发〔2017〕30",
            "国发〔2017〕0号", "国发 〔2017〕30号", ""})
    void shouldRejectMalformedNumbers(String normalized) {
        assertThat(DocumentNumberFinder.isWellFormed(normalized)).isFalse();
    }

    @Test
    void shouldRejectNull() {
        assertThat(DocumentNumberFinder.isWellFormed(null)).isFalse();
    }
}
