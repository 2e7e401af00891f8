package org.policykg.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ClauseAlignerTest {

    private static final ClauseAligner ALIGNER = ClauseAligner.tfidf();

    private static final ClauseText PROVINCE_ENERGY = clause("province", "二/（一）/2", "2. 落实工业能耗限额监察。达不到强制性能耗限额标准要求的产能，应在6个月内整改；逾期未整改的，依法关停退出。", "province", "广东省", 2019);
    private static final ClauseText PROVINCE_SAFETY = clause("province", "二/（四）/2", "2. 严格安全生产监管执法。对安全生产条件达不到国家标准要求的产能，依法责令停产停业整顿。", "province", "广东省", 2019);
    private static final ClauseText PROVINCE_QUALITY = clause("province", "二/（三）/2", "2. 加强产品质量管理执法。对产品质量达不到强制性标准要求的企业，依法责令其停止生产并限期整改。", "province", "广东省", 2019);
    private static final ClauseText CITY_ENERGY = clause("city", "二/（一）/3", "3. 依法处置能耗不达标企业。对达不到强制性能耗限额标准要求的产能，在6个月内整改；逾期未整改的，要依法关停退出。", "city", "湛江市", 2021);
    private static final ClauseText CITY_OWN = clause("city", "二/（一）/1", "1. 加大节能监察力度。制定年度节能监察工作计划，下达年度节能监察任务。", "city", "湛江市", 2021);
    private static final ClauseText COUNTY_SAFETY = clause("county", "二/（四）", "（四）安全方面。对安全生产条件达不到国家标准要求的产能，依法责令停产停业整顿。", "county", "开平市", 2024);

    private static final List<ClauseText> CORPUS = List.of(PROVINCE_ENERGY, PROVINCE_SAFETY, PROVINCE_QUALITY, CITY_ENERGY, CITY_OWN, COUNTY_SAFETY);

    private static ClauseText clause(String doc, String path, String text, String level, String jurisdiction, Integer year) {
        return new ClauseText(doc, path, text, level, jurisdiction, year);
    }

    @Test
    void shouldAlignAClauseWithTheClauseItRestatesInAnotherDocument() {
        List<Alignment> found = ALIGNER.align(CORPUS, 0.2, 1);
        assertThat(found).anySatisfy(a -> {
            assertThat(a.source()).isEqualTo(CITY_ENERGY);
            assertThat(a.target()).isEqualTo(PROVINCE_ENERGY);
            assertThat(a.method()).isEqualTo(ALIGNER.method());
        });
        assertThat(found).anySatisfy(a -> {
            assertThat(a.source()).isEqualTo(COUNTY_SAFETY);
            assertThat(a.target()).isEqualTo(PROVINCE_SAFETY);
        });
    }

    @Test
    void shouldNeverAlignAClauseWithItsOwnDocument() {
        assertThat(ALIGNER.align(CORPUS, 0.0, 10)).allSatisfy(a -> assertThat(a.source().doc()).isNotEqualTo(a.target().doc()));
    }

    @Test
    void shouldKeepAtMostTopKMatchesPerOtherDocumentBestFirst() {
        List<Alignment> found = ALIGNER.align(CORPUS, 0.0, 2);
        List<Alignment> fromCityEnergyToProvince = found.stream()
                .filter(a -> a.source().equals(CITY_ENERGY) && a.target().doc().equals("province")).toList();
        assertThat(fromCityEnergyToProvince).hasSize(2);
        assertThat(fromCityEnergyToProvince.get(0).target()).isEqualTo(PROVINCE_ENERGY);
        assertThat(fromCityEnergyToProvince.get(0).score()).isGreaterThanOrEqualTo(fromCityEnergyToProvince.get(1).score());
    }

    @Test
    void shouldDropMatchesBelowTheThreshold() {
        assertThat(ALIGNER.align(CORPUS, 0.5, 3)).isNotEmpty().allSatisfy(a -> assertThat(a.score()).isGreaterThanOrEqualTo(0.5));
        assertThat(ALIGNER.align(CORPUS, 1.01, 3)).isEmpty();
    }

    @Test
    void shouldScoreSymmetricallyBetweenZeroAndOne() {
        ClauseAligner fitted = ALIGNER.fit(CORPUS);
        for (ClauseAligner a : List.of(ALIGNER, fitted)) {
            double forth = a.similarity(CITY_ENERGY, PROVINCE_ENERGY);
            assertThat(forth).isBetween(0.0, 1.0).isEqualTo(a.similarity(PROVINCE_ENERGY, CITY_ENERGY), within(1e-12));
            assertThat(forth).isGreaterThan(a.similarity(CITY_ENERGY, PROVINCE_QUALITY));
        }
        assertThat(fitted.similarity(CITY_OWN, CITY_OWN)).isEqualTo(1.0, within(1e-9));
    }

    @Test
    void shouldCompareTheSameDutyAtDifferentLevelsAsEqual() {
        ClauseText province = clause("p", "1", "报省工业和信息化厅备案。", "province", "广东省", 2019);
        ClauseText city = clause("c", "1", "报市工业和信息化局备案。", "city", "湛江市", 2021);
        assertThat(ALIGNER.similarity(province, city)).isEqualTo(1.0, within(1e-9));
    }

    @Test
    void shouldGiveTheSameAlignmentsWhenCalledFromManyThreads() throws Exception {
        List<Alignment> expected = ALIGNER.align(CORPUS);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Alignment>>> runs = pool.invokeAll(java.util.Collections.nCopies(8, () -> ALIGNER.align(CORPUS)));
            for (Future<List<Alignment>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void shouldUseTheCalibratedSettings() {
        assertThat(ALIGNER.threshold()).isStrictlyBetween(0.0, 1.0);
        assertThat(ALIGNER.topK()).isPositive();
        assertThat(ALIGNER.method()).isEqualTo("tfidf-cosine/char2-3");
        assertThat(ClauseAligner.tfidf(1, 3).method()).isEqualTo("tfidf-cosine/char1-3");
    }
}
