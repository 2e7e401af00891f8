package org.policykg.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.policykg.Samples;
import org.policykg.gazetteer.Jurisdiction;
import org.policykg.gazetteer.Jurisdictions;
import org.policykg.gazetteer.Level;

class ParentDocumentsTest {

    private static final Jurisdictions GAZETTEER = Samples.jurisdictions();
    private final ParentDocuments parents = new ParentDocuments(GAZETTEER);

    private static Jurisdiction place(String name) {
        return GAZETTEER.lookup(name, "").orElseThrow();
    }

    private static CorpusDocument plan(String iri, String place, Integer year) {
        Jurisdiction j = place == null ? Jurisdiction.NATION : place(place);
        return new CorpusDocument(iri, iri, null, null, j.level(), j, year);
    }

    private final CorpusDocument county = plan("county-2022", "桐庐县", 2022);
    private final CorpusDocument city = plan("city-2022", "杭州市", 2022);
    private final CorpusDocument province = plan("province-2021", "浙江省", 2021);
    private final CorpusDocument nation = plan("nation-2017", null, 2017);

    @Test
    void shouldTakeThePlansOfEveryDivisionAboveADocument() {
        Map<String, List<String>> p = parents.of(List.of(county, city, province, nation), Map.of());

        assertThat(p.get("county-2022")).containsExactly("city-2022", "province-2021", "nation-2017");
        assertThat(p.get("city-2022")).containsExactly("province-2021", "nation-2017");
        assertThat(p.get("province-2021")).containsExactly("nation-2017");
        assertThat(p).doesNotContainKey("nation-2017");
    }

    @Test
    void shouldNotTakePlansOfAnotherProvinceOrAnotherCity() {
        CorpusDocument otherProvince = plan("other-province", "江苏省", 2021);
        CorpusDocument otherCity = plan("other-city", "宁波市", 2021);

        Map<String, List<String>> p = parents.of(List.of(county, otherProvince, otherCity), Map.of());

        assertThat(p).doesNotContainKey("county-2022");
    }

    @Test
    void shouldTakeAnEarlierPlanOfTheSameDivisionButNotALaterOne() {
        CorpusDocument earlier = plan("city-2020", "杭州市", 2020);
        CorpusDocument later = plan("city-2023", "杭州市", 2023);

        Map<String, List<String>> p = parents.of(List.of(city, earlier, later), Map.of());

        assertThat(p.get("city-2022")).containsExactly("city-2020");
        assertThat(p.get("city-2023")).containsExactly("city-2022", "city-2020");
        assertThat(p).doesNotContainKey("city-2020");
    }

    @Test
    void shouldKeepTheNearestPlansPerDivisionEarlierYearsFirstAndUndatedLast() {
        List<CorpusDocument> provinces = List.of(plan("p2015", "浙江省", 2015), plan("p2020", "浙江省", 2020),
                plan("p2023", "浙江省", 2023), plan("p-undated", "浙江省", null), province);

        List<String> p = parents.of(concat(city, provinces), Map.of()).get("city-2022");

        assertThat(p).hasSize(ParentDocuments.PER_DIVISION).containsExactly("province-2021", "p2020");
    }

    @Test
    void shouldAddWhatADocumentImplementsUpTheChainWhereverItIs() {
        CorpusDocument elsewhere = plan("elsewhere", "江苏省", 2019);
        Map<String, Set<String>> implemented = Map.of("county-2022", Set.of("city-2022"), "city-2022", Set.of("elsewhere"));

        Map<String, List<String>> p = parents.of(List.of(county, city, elsewhere), implemented);

        assertThat(p.get("county-2022")).startsWith("city-2022", "elsewhere");
    }

    @Test
    void shouldRankByLevelAndAtTheSameLevelByYear() {
        assertThat(ParentDocuments.isAbove(province, city)).isTrue();
        assertThat(ParentDocuments.isAbove(city, province)).isFalse();
        assertThat(ParentDocuments.isAbove(plan("a", "杭州市", 2020), city)).isTrue();
        assertThat(ParentDocuments.isAbove(plan("b", "杭州市", null), city)).isFalse();
        assertThat(ParentDocuments.isAbove(new CorpusDocument("c", "c", null, null, Level.CITY, null, 2022), city)).isFalse();
    }

    private static List<CorpusDocument> concat(CorpusDocument first, List<CorpusDocument> rest) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream()).toList();
    }
}
