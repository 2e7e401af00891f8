package org.policykg.tables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.policykg.annotate.agency.Successions;
import org.policykg.conventions.Tsv;
import org.policykg.gazetteer.AgencyNames;
import org.policykg.gazetteer.Jurisdiction;
import org.policykg.gazetteer.Level;

/**
 * Maps the bodies of a parent plan to their counterparts in a subordinate jurisdiction, in this order: the name the
 * target's own documents use for a body of that function, most used first (湛江市发展和改革局); the 2018 reform
 * successions (gazetteer/reform-2018.tsv) then the standard name at the target's level (conventions/local-bodies.tsv).
 * A body many places fold into another (能源局), a central body's local office (广东银监局) and a body whose function
 * no source names are not established: they come back unconfirmed, the last with the name the naming pattern gives
 * (conventions/level-endings.tsv). Bodies named without the parent's place (roles, collectives) stay as written, under their latest name;
 * a name after a qualifier addressing every jurisdiction of the target's level (conventions/draft-addressing.tsv:
 * 各地级以上市工业和信息化主管部门) is the target's own body of that function.
 */
final class Counterparts {

    /** A counterpart: its name (null when none can be suggested), and whether a source establishes it. */
    record Counterpart(String name, boolean confirmed) {}

    private record Standard(String name, String foldedInto) {}

    private record Ending(String from, String to) {}

    private static final List<Map<String, String>> LEVEL_ENDINGS = Tsv.classpath("conventions/level-endings.tsv");
    private static final List<String> ENDINGS = LEVEL_ENDINGS.stream()
            .flatMap(r -> Stream.of(r.get("from"), r.get("to"))).distinct()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    private static final Map<String, Standard> STANDARD = new HashMap<>();
    private static final Map<String, List<Pattern>> ADDRESSING = new HashMap<>();
    private static final List<String> ROLE_ENDINGS = new ArrayList<>();

    static {
        for (Map<String, String> r : Tsv.classpath("conventions/local-bodies.tsv")) {
            STANDARD.put(r.get("level") + "|" + r.get("function"), new Standard(r.get("name"), r.get("folded_into")));
        }
        for (Map<String, String> r : Tsv.classpath("conventions/draft-addressing.tsv")) {
            if (r.get("kind").equals("qualifier")) {
                ADDRESSING.computeIfAbsent(r.get("level"), k -> new ArrayList<>()).add(Pattern.compile("^" + r.get("pattern")));
            } else {
                ROLE_ENDINGS.add(r.get("pattern"));
            }
        }
    }

    private final Jurisdiction source;
    private final Jurisdiction target;
    private final List<Ending> endings;
    private final Map<String, String> used = new LinkedHashMap<>();
    private final Set<String> vertical = new HashSet<>();
    private final Set<String> departments = new HashSet<>();

    /** {@code targetBodies}: the labels the target's own documents use, most used first. */
    Counterparts(Jurisdiction source, Jurisdiction target, List<String> targetBodies) {
        this.source = source;
        this.target = target;
        String from = source.level().notation();
        String to = target.level().notation();
        this.endings = LEVEL_ENDINGS.stream()
                .filter(r -> r.get("from_level").equals(from) && r.get("to_level").equals(to))
                .map(r -> new Ending(r.get("from"), r.get("to")))
                .sorted(Comparator.comparingInt((Ending e) -> e.from().length()).reversed())
                .toList();
        for (AgencyNames.Name n : AgencyNames.all()) {
            (n.kind().equals("vertical") ? vertical : departments).add(n.formal());
        }
        for (String label : targetBodies) {
            boolean role = ROLE_ENDINGS.stream().anyMatch(label::endsWith);
            if (!role && label.startsWith(target.name()) && label.length() > target.name().length()) {
                used.putIfAbsent(function(label.substring(target.name().length())), label);
            }
        }
    }

    Counterpart of(String label) {
        String rest = withoutPlace(label);
        String addressed = rest == null ? null : addressed(rest);
        if (addressed != null) {
            return addressed.isEmpty() ? new Counterpart(target.name(), true) : ownBody(label, addressed);
        }
        if (rest == null) {
            boolean ownPlace = !source.shortName().equals(source.name()) && label.startsWith(source.shortName());
            boolean ministry = source.level() == Level.NATIONAL && departments.contains(label);
            if (!ministry) {
                return new Counterpart(ownPlace ? null : names(label, label).get(0), !ownPlace);
            }
            rest = label;
        }
        if (vertical.stream().anyMatch(rest::endsWith)) {
            return new Counterpart(null, false);
        }
        return ownBody(label, rest);
    }

    /** The target's body for a parent body named without its place ({@code rest}). */
    private Counterpart ownBody(String label, String rest) {
        List<String> names = names(label, rest);
        for (String name : names) {
            String own = used.get(function(name));
            if (own != null) {
                return new Counterpart(own, true);
            }
        }
        for (String name : names) {
            Standard s = STANDARD.get(target.level().notation() + "|" + function(name));
            if (s != null) {
                return s.foldedInto().isEmpty() ? new Counterpart(target.name() + s.name(), true) : new Counterpart(null, false);
            }
        }
        return new Counterpart(target.name() + ending(names.get(0)), false);
    }

    /** A collective (各有关单位) of the parent's place is the same collective of the target's, one addressing the target's level the target. */
    Counterpart collective(String label) {
        String rest = withoutPlace(label);
        String addressed = rest == null ? null : addressed(rest);
        if (addressed != null) {
            return addressed.isEmpty() ? new Counterpart(target.name(), true) : new Counterpart(target.name() + addressed, true);
        }
        return new Counterpart(rest == null ? label : target.name() + rest, true);
    }

    /** What follows a qualifier addressing every jurisdiction of the target's level (各地级以上市…), else null. */
    private String addressed(String rest) {
        for (Pattern p : ADDRESSING.getOrDefault(target.level().notation(), List.of())) {
            Matcher m = p.matcher(rest);
            if (m.find()) {
                return rest.substring(m.end());
            }
        }
        return null;
    }

    /** The body's name without place: the latest name the reform gave it first, then the older ones. */
    private List<String> names(String label, String rest) {
        List<String> names = new ArrayList<>();
        for (Successions.Rename r : Successions.standard().of(label, source.code())) {
            String successor = withoutPlace(r.successor());
            names.add(0, successor == null ? r.successor() : successor);
        }
        names.add(rest);
        return names;
    }

    /** What a body does, without its level ending: 发展和改革委员会 and 发展和改革局 → 发展和改革; 办公厅 → 办公室. */
    static String function(String name) {
        for (String e : ROLE_ENDINGS) {
            if (name.endsWith(e) && name.length() > e.length()) {
                return name.substring(0, name.length() - e.length());
            }
        }
        for (String e : ENDINGS) {
            if (name.endsWith(e) && name.length() > e.length()) {
                String core = name.substring(0, name.length() - e.length());
                return e.startsWith("办公") ? core + "办公室" : core;
            }
        }
        return name;
    }

    private String withoutPlace(String label) {
        return label.startsWith(source.name()) && label.length() > source.name().length()
                ? label.substring(source.name().length()) : null;
    }

    private String ending(String name) {
        for (Ending e : endings) {
            if (name.endsWith(e.from())) {
                return name.substring(0, name.length() - e.from().length()) + e.to();
            }
        }
        return name;
    }
}
