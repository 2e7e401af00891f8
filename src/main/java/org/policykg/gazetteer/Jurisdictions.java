package org.policykg.gazetteer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policykg.conventions.Tsv;

/**
 * The gazetteer of administrative divisions (gazetteer/divisions.tsv, generated from GB/T 2260 data).
 * Names repeat across provinces (开平区 and 开平市, dozens of 城区), so a look-up weighs the candidates by
 * how often their parents are named in the surrounding text.
 */
public final class Jurisdictions {

    private final Map<String, Jurisdiction> byCode = new LinkedHashMap<>();
    private final Map<String, List<Jurisdiction>> byName = new HashMap<>();
    private final Map<String, List<Jurisdiction>> byShort = new HashMap<>();
    private final int longestName;
    private final java.util.Set<Character> firstChars = new java.util.HashSet<>();

    public Jurisdictions(Collection<Jurisdiction> all) {
        int longest = 0;
        for (Jurisdiction j : all) {
            byCode.put(j.code(), j);
            byName.computeIfAbsent(j.name(), k -> new ArrayList<>()).add(j);
            if (!j.shortName().equals(j.name())) {
                byShort.computeIfAbsent(j.shortName(), k -> new ArrayList<>()).add(j);
            }
            longest = Math.max(longest, j.name().length());
        }
        this.longestName = longest;
        byName.keySet().forEach(n -> firstChars.add(n.charAt(0)));
        byShort.keySet().forEach(n -> firstChars.add(n.charAt(0)));
    }

    /** The gazetteer of divisions.tsv, read once: it is immutable, so every user shares it. */
    public static Jurisdictions standard() {
        return Standard.INSTANCE;
    }

    /** Loaded on first use, since the 3,345 rows only pay off for commands that read places. */
    private static final class Standard {
        private static final Jurisdictions INSTANCE = load();
    }

    private static Jurisdictions load() {
        List<Jurisdiction> all = new ArrayList<>();
        all.add(Jurisdiction.NATION);
        for (Map<String, String> r : Tsv.classpath("gazetteer/divisions.tsv")) {
            String parent = r.get("parent").isEmpty() ? Jurisdiction.NATION.code() : r.get("parent");
            all.add(new Jurisdiction(r.get("code"), r.get("name"), r.get("short"), Level.parse(r.get("level")), parent));
        }
        return new Jurisdictions(all);
    }

    public Collection<Jurisdiction> all() {
        return byCode.values();
    }

    public Optional<Jurisdiction> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Optional<Jurisdiction> parent(Jurisdiction j) {
        return byCode(j.parentCode());
    }

    /** A jurisdiction given by a user or a sidecar: its code, full name or unambiguous short name. */
    public Optional<Jurisdiction> lookup(String nameOrCode, String context) {
        String s = nameOrCode.strip();
        if (byCode.containsKey(s)) {
            return byCode(s);
        }
        return best(named(s), context);
    }

    /** Divisions with this full name, or else with this short name (广西, 江门). */
    public List<Jurisdiction> named(String name) {
        List<Jurisdiction> full = byName.get(name);
        return full != null ? full : byShort.getOrDefault(name, List.of());
    }

    /** Whether some division's full or short name begins with this character. */
    public boolean mayStartName(char c) {
        return firstChars.contains(c);
    }

    public int longestName() {
        return longestName;
    }

    /**
     * The division named at the very start of {@code title} (广东省…, 湛江市…), weighed by {@code context}; when
     * divisions are named one inside the other (绍兴市上虞区…, 广东省湛江市…), the innermost.
     */
    public Optional<Jurisdiction> atStart(String title, String context) {
        for (int len = Math.min(longestName, title.length()); len >= 2; len--) {
            List<Jurisdiction> c = byName.get(title.substring(0, len));
            if (c != null) {
                String rest = title.substring(len);
                return best(c, context).map(outer -> innermost(outer, rest));
            }
        }
        return Optional.empty();
    }

    /** {@code outer}, or the division within it that {@code rest} opens with, and so on down. */
    private Jurisdiction innermost(Jurisdiction outer, String rest) {
        for (int len = Math.min(longestName, rest.length()); len >= 2; len--) {
            List<Jurisdiction> c = byName.get(rest.substring(0, len));
            if (c != null) {
                for (Jurisdiction child : c) {
                    if (parent(child).filter(outer::equals).isPresent()) {
                        return innermost(child, rest.substring(len));
                    }
                }
            }
        }
        return outer;
    }

    private Optional<Jurisdiction> best(List<Jurisdiction> candidates, String context) {
        return candidates.stream().max(Comparator.comparingInt((Jurisdiction j) -> support(j, context))
                .thenComparing(j -> levelRank(j), Comparator.reverseOrder())
                .thenComparing(Jurisdiction::code, Comparator.reverseOrder()));
    }

    private static int levelRank(Jurisdiction j) {
        return j.level().ordinal();
    }

    /** How often the candidate's ancestors are named in the text. */
    private int support(Jurisdiction j, String context) {
        int score = 0;
        for (Optional<Jurisdiction> p = parent(j); p.isPresent() && p.get() != Jurisdiction.NATION; p = parent(p.get())) {
            score += count(context, p.get().name()) + count(context, p.get().shortName());
        }
        return score;
    }

    private static int count(String text, String word) {
        if (word.length() < 2) {
            return 0;
        }
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
            n++;
        }
        return n;
    }
}
