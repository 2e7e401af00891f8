package org.policykg.annotate.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policykg.gazetteer.Jurisdiction;
import org.policykg.gazetteer.Jurisdictions;
import org.policykg.gazetteer.Level;

/** The two-char heads of division names: no name is missed, and positions no name starts at are ruled out. */
class PlaceHeadsTest {

    private final PlaceHeads heads = new PlaceHeads(new Jurisdictions(List.of(
            Jurisdiction.NATION,
            new Jurisdiction("440000", "甲乙省", "甲乙", Level.PROVINCE, Jurisdiction.NATION.code()),
            new Jurisdiction("440100", "甲乙丙丁市", "甲乙丙丁", Level.CITY, "440000"))));

    @Test
    void shouldAllowTheLongestNameSharingTheHeadAtAPosition() {
        assertThat(heads.longestAt("在甲乙丙丁市开展", 1)).isEqualTo(5);
    }

    @Test
    void shouldNotReachPastTheEndOfTheText() {
        assertThat(heads.longestAt("在甲乙丙", 1)).isEqualTo(3);
    }

    @Test
    void shouldRuleOutAPositionWhereNoNameBegins() {
        assertThat(heads.longestAt("在甲乙丙丁市开展", 0)).isZero();
        assertThat(heads.longestAt("在甲乙丙丁市开展", 2)).isZero();
        assertThat(heads.longestAt("在甲", 1)).isZero();
    }
}
