package org.policykg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.policykg.gazetteer.Jurisdiction;
import org.policykg.gazetteer.Jurisdictions;
import org.policykg.gazetteer.Level;

/** The order of one year's plans: parents first, every level reached, a second pass beyond one plan each. */
class YearOrderTest {

    private static final Map<String, List<Jurisdiction>> CHILDREN = new LinkedHashMap<>();

    static {
        for (Jurisdiction j : Jurisdictions.standard().all()) {
            if (!j.parentCode().isEmpty()) {
                CHILDREN.computeIfAbsent(j.parentCode(), k -> new ArrayList<>()).add(j);
            }
        }
    }

    @Test
    void shouldPutEveryPlanAfterThePlanItImplements() {
        List<YearOrder.Entry> entries = new YearOrder(CHILDREN, 1, 2024).entries(500);
        Set<String> seen = new HashSet<>();

        assertThat(entries).hasSize(500);
        for (YearOrder.Entry e : entries) {
            if (e.parent() != null) {
                assertThat(seen).contains(e.parent().code() + "/" + e.pass());
            }
            seen.add(e.jurisdiction().code() + "/" + e.pass());
        }
    }

    @Test
    void shouldReachCountiesEvenInASmallYear() {
        Set<Level> levels = new YearOrder(CHILDREN, 1, 2024).entries(8).stream()
                .map(e -> e.jurisdiction().level()).collect(Collectors.toSet());

        assertThat(levels).containsExactlyInAnyOrder(Level.NATIONAL, Level.PROVINCE, Level.CITY, Level.COUNTY);
    }

    @Test
    void shouldStartASecondPassOnceEveryJurisdictionHasAPlan() {
        int all = (int) Jurisdictions.standard().all().stream().count();

        List<YearOrder.Entry> entries = new YearOrder(CHILDREN, 1, 2024).entries(all + 10);

        assertThat(entries.stream().filter(e -> e.pass() == 0)).hasSize(all);
        assertThat(entries.stream().filter(e -> e.pass() == 1)).hasSize(10);
    }
}
