package org.policykg.annotate.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policykg.conventions.Tsv;

class DeadlineNormalizerTest {

    private static final DeadlineNormalizer NORMALIZER = new DeadlineNormalizer();

    static Stream<Arguments> manifest() {
        return Tsv.classpath("annotate/deadlines.tsv").stream().map(DeadlineNormalizerTest::arguments);
    }

    private static Arguments arguments(Map<String, String> row) {
        String year = row.get("planYear");
        return Arguments.of(year.isEmpty() ? null : Integer.valueOf(year), row.get("text"), row.get("expected"));
    }

    @ParameterizedTest(name = "[{0}] {1} → {2}")
    @MethodSource("manifest")
    void shouldNormalizeManifestCases(Integer planYear, String text, String expected) {
        List<Deadline> found = NORMALIZER.find(text, new DateContext(planYear, null));

        assertThat(found.stream().map(Deadline::value).collect(Collectors.joining(" ; "))).isEqualTo(expected);
        assertThat(found).allSatisfy(d -> assertThat(text.substring(d.start(), d.end())).isEqualTo(d.text()));
    }

    @Test
    void shouldReportCueWordsInTextAndRelation() {
        String text = "分别于2019年4月15日前、6月30日前报送，自2019年1月1日起执行";

        assertThat(NORMALIZER.find(text, DateContext.planYear(2019)))
                .extracting(Deadline::text, Deadline::kind, Deadline::relation, Deadline::date)
                .containsExactly(
                        tuple("2019年4月15日前", DeadlineKind.DATE, TimeRelation.BY, LocalDate.of(2019, 4, 15)),
                        tuple("6月30日前", DeadlineKind.DATE, TimeRelation.BY, LocalDate.of(2019, 6, 30)),
                        tuple("自2019年1月1日起", DeadlineKind.DATE, TimeRelation.FROM, LocalDate.of(2019, 1, 1)));
    }

    @Test
    void shouldGiveOffsetsIntoTheText() {
        String text = "一、2022 年 1 月 3 日前报送";

        Deadline d = NORMALIZER.find(text, DateContext.planYear(2021)).get(0);

        assertThat(d.start()).isEqualTo(2);
        assertThat(d.end()).isEqualTo(text.length() - 2);
        assertThat(d.text()).isEqualTo("2022 年 1 月 3 日前");
    }

    @Test
    void shouldReadSpansQuartersAndBareMonthsAsIntervalsDuring() {
        List<Deadline> found = NORMALIZER.find("5月底至6月初。2019年第四季度。全年。4月", DateContext.planYear(2024));

        assertThat(found).extracting(Deadline::kind, Deadline::relation, Deadline::begin, Deadline::until)
                .containsExactly(
                        tuple(DeadlineKind.INTERVAL, TimeRelation.DURING, LocalDate.of(2024, 5, 21), LocalDate.of(2024, 6, 10)),
                        tuple(DeadlineKind.INTERVAL, TimeRelation.DURING, LocalDate.of(2019, 10, 1), LocalDate.of(2019, 12, 31)),
                        tuple(DeadlineKind.INTERVAL, TimeRelation.DURING, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)),
                        tuple(DeadlineKind.INTERVAL, TimeRelation.DURING, LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 30)));
    }

    @Test
    void shouldReadPeriodEndsAsDatesOn() {
        assertThat(NORMALIZER.find("2020年底，进行总结；2025年1月上旬上报", DateContext.planYear(2020)))
                .extracting(Deadline::kind, Deadline::relation, Deadline::value)
                .containsExactly(tuple(DeadlineKind.DATE, TimeRelation.ON, "2020-12-31"),
                        tuple(DeadlineKind.DATE, TimeRelation.ON, "2025-01-10"));
    }

    @Test
    void shouldGiveYearlyValuesTheirPlanYearInstance() {
        Deadline d = NORMALIZER.find("每年12月20日前报送", DateContext.planYear(2019)).get(0);

        assertThat(d.kind()).isEqualTo(DeadlineKind.YEARLY);
        assertThat(d.relation()).isEqualTo(TimeRelation.BY);
        assertThat(d.yearly()).isEqualTo(MonthDay.of(12, 20));
        assertThat(d.date()).isEqualTo(LocalDate.of(2019, 12, 20));
    }

    @Test
    void shouldLeaveYearlyInstanceEmptyWithoutPlanYear() {
        List<Deadline> found = NORMALIZER.find("每年12月31日前报送，于次年1月31日前上报", DateContext.none());

        assertThat(found).extracting(Deadline::kind, Deadline::yearly, Deadline::date)
                .containsExactly(tuple(DeadlineKind.YEARLY, MonthDay.of(12, 31), null),
                        tuple(DeadlineKind.YEARLY, MonthDay.of(1, 31), null));
    }

    @Test
    void shouldMakeUndatedMonthDaysYearlyWithoutAnyYear() {
        assertThat(NORMALIZER.find("6月底前完成排查，次年1月31日前上报", null))
                .extracting(Deadline::kind, Deadline::value)
                .containsExactly(tuple(DeadlineKind.YEARLY, "--06-30"), tuple(DeadlineKind.YEARLY, "--01-31"));
    }

    @Test
    void shouldResolveAgainstIssueDateWhenThereIsNoPlanYear() {
        DateContext issued = new DateContext(null, LocalDate.of(2018, 5, 10));

        assertThat(NORMALIZER.find("年底前完成；3月底前验收", issued)).extracting(Deadline::value)
                .containsExactly("2018-12-31", "2019-03-31");
    }

    @Test
    void shouldReadTimeLimitsAsDurations() {
        assertThat(NORMALIZER.find("在6个月内整改，可提出不超过3个月的延期申请，十五日内答复，半年内完成", DateContext.none()))
                .extracting(Deadline::text, Deadline::kind, Deadline::relation, Deadline::duration)
                .containsExactly(tuple("6个月内", DeadlineKind.DURATION, TimeRelation.BY, Period.ofMonths(6)),
                        tuple("不超过3个月", DeadlineKind.DURATION, TimeRelation.BY, Period.ofMonths(3)),
                        tuple("十五日内", DeadlineKind.DURATION, TimeRelation.BY, Period.ofDays(15)),
                        tuple("半年内", DeadlineKind.DURATION, TimeRelation.BY, Period.ofMonths(6)));
    }

    @Test
    void shouldNotReadCountsWithoutCueAsDurations() {
        assertThat(NORMALIZER.find("三年行动计划，每3个月调度一次", DateContext.planYear(2019))).isEmpty();
    }

    @Test
    void shouldReadImmediatelyAsNow() {
        assertThat(NORMALIZER.find("应立即断水、断电；自即日起施行", DateContext.planYear(2019)))
                .extracting(Deadline::text, Deadline::kind, Deadline::relation)
                .containsExactly(tuple("立即", DeadlineKind.NOW, TimeRelation.ON),
                        tuple("自即日起", DeadlineKind.NOW, TimeRelation.FROM));
    }

    @Test
    void shouldReadChineseNumeralDates() {
        assertThat(NORMALIZER.find("二〇二一年五月十三日印发，二〇二一年十二月底前完成", DateContext.none()))
                .extracting(Deadline::value).containsExactly("2021-05-13", "2021-12-31");
    }

    @Test
    void shouldSkipYearsInsideNestedTitles() {
        String text = "《关于印发<实施方案（2018-2020年）>及《2019年6月底前工作安排》的通知》，2019年6月底前完成";

        assertThat(NORMALIZER.find(text, DateContext.planYear(2019))).extracting(Deadline::text)
                .containsExactly("2019年6月底前");
    }

    @Test
    void shouldNotTakeWordsThatMerelyContainPeriodWords() {
        assertThat(NORMALIZER.find("彻底关停，周末检查，最初方案，2020年初步建立，6月初步完成，年内部审计", DateContext.planYear(2020)))
                .extracting(Deadline::text).containsExactly("6月");
    }

    @Test
    void shouldCarryTheSpanYearAcrossTheYearEnd() {
        assertThat(NORMALIZER.find("12月至2月开展冬季检查；4月1日至30日集中整治", DateContext.planYear(2019)))
                .extracting(Deadline::value).containsExactly("2019-12-01/2020-02-29", "2019-04-01/2019-04-30");
    }

    @Test
    void shouldReadRelationCuesAroundPeriods() {
        assertThat(NORMALIZER.find("截至2019年底；到2020年底；2019年第四季度前；7月起；年内完成", DateContext.planYear(2019)))
                .extracting(Deadline::relation, Deadline::value)
                .containsExactly(tuple(TimeRelation.BY, "2019-12-31"), tuple(TimeRelation.BY, "2020-12-31"),
                        tuple(TimeRelation.BY, "2019-12-31"),
                        tuple(TimeRelation.FROM, "2019-07-01"), tuple(TimeRelation.BY, "2019-12-31"));
    }

    @Test
    void shouldReadRecurringDeadlinesWithTheirPeriodAndFirstInstance() {
        assertThat(NORMALIZER.find("每季度末报送进展；每月15日前报送台账", DateContext.planYear(2024)))
                .extracting(Deadline::kind, Deadline::relation, Deadline::date, Deadline::duration, Deadline::day)
                .containsExactly(tuple(DeadlineKind.RECURRING, TimeRelation.ON, LocalDate.of(2024, 3, 31), Period.ofMonths(3), null),
                        tuple(DeadlineKind.MONTHLY, TimeRelation.BY, null, null, 15));
    }

    @Test
    void shouldBeSafeToShareAcrossThreads() {
        String text = "分别于2019年4月15日前、6月30日前、9月30日前报送；5月底至6月初部署；6个月内整改";
        List<String> expected = NORMALIZER.find(text, DateContext.planYear(2019)).stream().map(Deadline::value).toList();

        List<List<String>> results = IntStream.range(0, 200).parallel()
                .mapToObj(i -> NORMALIZER.find(text, DateContext.planYear(2019)).stream().map(Deadline::value).toList())
                .toList();

        assertThat(expected).hasSize(5);
        assertThat(results).allSatisfy(r -> assertThat(r).isEqualTo(expected));
    }
}
