package org.policykg.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The national roster (gazetteer/national-roster.tsv) behind the national-bodies conventions. */
class NationalBodiesTest {

    private final NationalBodies national = NationalBodies.standard();

    @Test
    void shouldMapAShortFormToTheFormalNameOfTheNationalBody() {
        assertThat(national.form("国资委")).hasValueSatisfying(f -> {
            assertThat(f.formal()).isEqualTo("国务院国有资产监督管理委员会");
            assertThat(f.sharedWithLocal()).isTrue();
        });
        assertThat(national.form("中国科协")).map(NationalBodies.Form::formal).hasValue("中国科学技术协会");
    }

    @Test
    void shouldKeepNamesAbolishedByAReformAsNames() {
        assertThat(national.isName("国家卫生和计划生育委员会")).isTrue();
        assertThat(national.isName("国家质量监督检验检疫总局")).isTrue();
        assertThat(national.form("质检总局")).map(NationalBodies.Form::formal).hasValue("国家质量监督检验检疫总局");
    }

    @Test
    void shouldNotTakeAProvincialBodyForANationalName() {
        assertThat(national.isName("湖南省财政厅")).isFalse();
        assertThat(national.form("财政厅")).isEmpty();
    }
}
