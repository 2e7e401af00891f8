package org.policykg.annotate.threshold;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.policykg.conventions.Tsv;

/** The threshold word lists of conventions/threshold-*.tsv; immutable, so one instance serves all threads. */
final class Vocabulary {

    record Unit(String written, String qudt, Pattern suffix) {}

    private final WordList units;
    private final Map<String, Unit> unitByWritten;
    private final WordList multipliers;
    private final Map<String, BigDecimal> factors;
    private final WordList denominators;
    private final WordList perPrefixes;
    private final Map<String, String> qudtByRate;
    private final WordList prefixComparators;
    private final WordList postfixComparators;
    private final Map<String, Comparator> comparatorsByKey;
    private final Map<String, WordList> byRole;

    private Vocabulary(List<Map<String, String>> unitRows, List<Map<String, String>> comparatorRows,
                       List<Map<String, String>> wordRows) {
        unitByWritten = new HashMap<>();
        factors = new HashMap<>();
        qudtByRate = new HashMap<>();
        for (Map<String, String> r : unitRows) {
            String w = r.get("written");
            switch (r.get("kind")) {
                case "unit" -> unitByWritten.put(w, new Unit(w, r.get("qudt"),
                        r.get("suffix").isEmpty() ? null : Pattern.compile(r.get("suffix"))));
                case "multiplier" -> factors.put(w, new BigDecimal(r.get("factor")));
                case "per", "per-prefix" -> qudtByRate.put(r.get("kind") + ":" + w, r.get("qudt"));
                default -> throw new IllegalStateException("unknown unit kind: " + r.get("kind"));
            }
        }
        units = new WordList(unitByWritten.keySet());
        multipliers = new WordList(factors.keySet());
        denominators = new WordList(written(unitRows, "kind", "per"));
        perPrefixes = new WordList(written(unitRows, "kind", "per-prefix"));
        comparatorsByKey = new HashMap<>();
        for (Map<String, String> r : comparatorRows) {
            comparatorsByKey.put(r.get("position") + ":" + r.get("written"),
                    Comparator.valueOf(r.get("comparator")));
        }
        prefixComparators = new WordList(written(comparatorRows, "position", "prefix"));
        postfixComparators = new WordList(written(comparatorRows, "position", "postfix"));
        byRole = wordRows.stream().collect(Collectors.groupingBy(r -> r.get("role"),
                Collectors.collectingAndThen(Collectors.mapping(r -> r.get("word"), Collectors.toSet()), WordList::new)));
    }

    static Vocabulary standard() {
        return new Vocabulary(Tsv.classpath("conventions/threshold-units.tsv"),
                Tsv.classpath("conventions/threshold-comparators.tsv"),
                Tsv.classpath("conventions/threshold-words.tsv"));
    }

    private static Set<String> written(List<Map<String, String>> rows, String column, String value) {
        return rows.stream().filter(r -> r.get(column).equals(value)).map(r -> r.get("written"))
                .collect(Collectors.toSet());
    }

    WordList units() {
        return units;
    }

    Unit unit(String written) {
        return unitByWritten.get(written);
    }

    WordList multipliers() {
        return multipliers;
    }

    BigDecimal factor(String written) {
        return factors.get(written);
    }

    WordList denominators() {
        return denominators;
    }

    WordList perPrefixes() {
        return perPrefixes;
    }

    /** QUDT name of a rate word; kind is "per" (after "/") or "per-prefix" (每小时…). */
    String rateQudt(String kind, String written) {
        return qudtByRate.get(kind + ":" + written);
    }

    WordList prefixComparators() {
        return prefixComparators;
    }

    WordList postfixComparators() {
        return postfixComparators;
    }

    Comparator comparator(String position, String written) {
        return comparatorsByKey.get(position + ":" + written);
    }

    /** Words of one role of threshold-words.tsv (attribute-head, link, boundary, subject-head…). */
    WordList role(String role) {
        return byRole.getOrDefault(role, new WordList(Set.of()));
    }
}
