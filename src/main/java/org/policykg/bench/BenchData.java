package org.policykg.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policykg.conventions.Tsv;

/** The word lists and clause patterns of the scale corpus, from src/main/resources/bench/. */
final class BenchData {

    record Clause(String heading, String text) {}

    record Industry(String name, Map<String, String> requirements) {}

    record Aspect(String name, List<String> agencies, String table) {}

    private static final class Holder {
        static final BenchData STANDARD = new BenchData();
    }

    private final Map<String, List<String>> words = new LinkedHashMap<>();
    private final Map<String, List<Clause>> clauses = new LinkedHashMap<>();
    private final Map<String, List<String>> equipment = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> agencies = new LinkedHashMap<>();
    private final Map<String, String> abbreviations = new LinkedHashMap<>();
    private final List<Industry> industries = new ArrayList<>();
    private final List<Aspect> aspects = new ArrayList<>();
    private final List<Map<String, String>> selfWords;

    private BenchData() {
        for (Map<String, String> r : Tsv.classpath("bench/words.tsv")) {
            words.computeIfAbsent(r.get("list"), k -> new ArrayList<>()).add(r.get("value"));
        }
        for (Map<String, String> r : Tsv.classpath("bench/clauses.tsv")) {
            clauses.computeIfAbsent(r.get("section"), k -> new ArrayList<>()).add(new Clause(r.get("heading"), r.get("text")));
        }
        for (Map<String, String> r : Tsv.classpath("bench/equipment.tsv")) {
            equipment.computeIfAbsent(r.get("industry"), k -> new ArrayList<>()).add(r.get("requirement"));
        }
        for (Map<String, String> r : Tsv.classpath("bench/industries.tsv")) {
            industries.add(new Industry(r.get("industry"), r));
        }
        for (Map<String, String> r : Tsv.classpath("bench/aspects.tsv")) {
            aspects.add(new Aspect(r.get("aspect"), Arrays.asList(r.get("agencies").split(",")), r.get("table")));
        }
        for (Map<String, String> r : Tsv.classpath("bench/agencies.tsv")) {
            agencies.put(r.get("key"), r);
        }
        for (Map<String, String> r : Tsv.classpath("bench/province-abbreviations.tsv")) {
            abbreviations.put(r.get("code"), r.get("abbr"));
        }
        selfWords = Tsv.classpath("bench/self-words.tsv");
    }

    static BenchData standard() {
        return Holder.STANDARD;
    }

    List<String> words(String list) {
        List<String> w = words.get(list);
        if (w == null) {
            throw new IllegalStateException("bench/words.tsv has no list '" + list + "'");
        }
        return w;
    }

    /** The entry of a "key|value" list for one key, such as the addressees of a level. */
    String keyed(String list, String key) {
        return words(list).stream().filter(v -> v.startsWith(key + "|")).map(v -> v.substring(key.length() + 1))
                .findFirst().orElseThrow(() -> new IllegalStateException("bench/words.tsv " + list + " has no " + key));
    }

    List<Clause> clauses(String section) {
        return clauses.getOrDefault(section, List.of());
    }

    List<String> equipment(String industry) {
        return equipment.getOrDefault(industry, List.of());
    }

    List<Industry> industries() {
        return industries;
    }

    List<Aspect> aspects() {
        return aspects;
    }

    /** The agency's name variants at one level column (national, province, municipality, city, county); empty if none. */
    List<String> agency(String key, String column) {
        Map<String, String> row = agencies.get(key);
        if (row == null) {
            throw new IllegalStateException("bench/agencies.tsv has no agency '" + key + "'");
        }
        String v = row.getOrDefault(column, "");
        return v.isEmpty() ? List.of() : Arrays.asList(v.split("\\|"));
    }

    String abbreviation(String provinceCode) {
        return abbreviations.getOrDefault(provinceCode, "");
    }

    /** The short word for a jurisdiction's own level (省, 市, 州, 县 …): the longest matching name ending. */
    String selfWord(String level, String name) {
        String best = null;
        int bestLength = -1;
        for (Map<String, String> r : selfWords) {
            String suffix = r.get("suffix");
            if (r.get("level").equals(level) && name.endsWith(suffix) && suffix.length() > bestLength) {
                best = r.get("word");
                bestLength = suffix.length();
            }
        }
        if (best == null) {
            throw new IllegalStateException("bench/self-words.tsv has no word for a " + level + " named " + name);
        }
        return best;
    }
}
