package org.policykg.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JurisdictionsTest {

    private static final Jurisdictions GAZETTEER = Jurisdictions.standard();

    @Test
    void shouldPickCountyLevelCityWhoseParentsTheContextNames() {
        Optional<Jurisdiction> j = GAZETTEER.atStart("开平市2024年推动落后产能退出工作计划",
                "根据《江门市2024年推动落后产能退出工作计划》和广东省工作方案要求");

        assertThat(j).get().satisfies(c -> {
            assertThat(c.code()).isEqualTo("440783");
            assertThat(c.level()).isEqualTo(Level.COUNTY);
            assertThat(c.parentCode()).isEqualTo("4407");
        });
    }

    @Test
    void shouldPickDistrictWhoseCityTheContextNames() {
        assertThat(GAZETTEER.atStart("开平区2024年推动落后产能退出工作计划", "按照唐山市统一部署"))
                .map(Jurisdiction::code).contains("130205");
    }

    @Test
    void shouldResolveRepeatedDistrictNameByContext() {
        String title = "朝阳区2024年推动落后产能退出工作方案";

        assertThat(GAZETTEER.atStart(title, "按照北京市统一部署")).map(Jurisdiction::code).contains("110105");
        assertThat(GAZETTEER.atStart(title, "按照长春市统一部署")).map(Jurisdiction::code).contains("220104");
    }

    @Test
    void shouldFindProvinceAtStartOfTitle() {
        assertThat(GAZETTEER.atStart("广东省2019年推动落后产能退出工作方案", "")).get()
                .extracting(Jurisdiction::code, Jurisdiction::level).containsExactly("44", Level.PROVINCE);
    }

    @Test
    void shouldFindCityAtStartOfTitle() {
        assertThat(GAZETTEER.atStart("湛江市推动落后产能退出工作方案", "")).get()
                .extracting(Jurisdiction::code, Jurisdiction::level, Jurisdiction::parentCode)
                .containsExactly("4408", Level.CITY, "44");
    }

    @Test
    void shouldTreatMunicipalityAsProvinceLevel() {
        assertThat(GAZETTEER.atStart("北京市2019年推动落后产能退出工作方案", "")).get()
                .extracting(Jurisdiction::code, Jurisdiction::level).containsExactly("11", Level.PROVINCE);
    }

    @Test
    void shouldFindNothingInTitleWithoutPlaceName() {
        assertThat(GAZETTEER.atStart("关于推动落后产能退出的通知", "广东省")).isEmpty();
        assertThat(GAZETTEER.atStart("", "广东省")).isEmpty();
    }

    @Test
    void shouldLookUpByCodeFullNameAndShortName() {
        assertThat(GAZETTEER.lookup("45", "")).map(Jurisdiction::name).contains("广西壮族自治区");
        assertThat(GAZETTEER.lookup("广西壮族自治区", "")).map(Jurisdiction::code).contains("45");
        assertThat(GAZETTEER.lookup("广西", "")).map(Jurisdiction::code).contains("45");
        assertThat(GAZETTEER.lookup(" 广东省 ", "")).map(Jurisdiction::code).contains("44");
        assertThat(GAZETTEER.lookup("CN", "")).contains(Jurisdiction.NATION);
    }

    @Test
    void shouldWeighAmbiguousShortNameByContext() {
        assertThat(GAZETTEER.lookup("开平", "广东省江门市")).map(Jurisdiction::code).contains("440783");
        assertThat(GAZETTEER.lookup("开平", "河北省唐山市")).map(Jurisdiction::code).contains("130205");
    }

    @Test
    void shouldFindNothingForUnknownName() {
        assertThat(GAZETTEER.lookup("不存在的地方", "")).isEmpty();
        assertThat(GAZETTEER.byCode("999999")).isEmpty();
    }

    @Test
    void shouldClimbParentChainToNation() {
        List<String> chain = new ArrayList<>();
        for (Optional<Jurisdiction> j = GAZETTEER.byCode("440783"); j.isPresent(); j = GAZETTEER.parent(j.get())) {
            chain.add(j.get().code());
        }

        assertThat(chain).containsExactly("440783", "4407", "44", "CN");
        assertThat(GAZETTEER.byCode("CN")).get().extracting(Jurisdiction::level).isEqualTo(Level.NATIONAL);
    }
}
