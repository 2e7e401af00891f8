package org.policykg.tables;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.policykg.conventions.Tsv;
import org.policykg.gazetteer.AgencyNames;
import org.policykg.gazetteer.Jurisdiction;

/**
 * Maps the bodies of a parent plan to their counterparts in a subordinate jurisdiction, by naming pattern: the
 * parent's place becomes the target's and the level ending changes (conventions/level-endings.tsv), so
 * 广东省工业和信息化厅 → 湛江市工业和信息化局. Bodies named without the parent's place (functional roles, collectives,
 * national ministries) stay as they are. A body has no counterpart (null) when it is a central body's local
 * office (kind vertical in gazetteer/agency-names.tsv) or is named with a short place name (广东银监局).
 */
final class Counterparts {

    private record Ending(String from, String to) {}

    private final Jurisdiction source;
    private final Jurisdiction target;
    private final List<Ending> endings;
    private final Set<String> vertical = new HashSet<>();
    private final Set<String> departments = new HashSet<>();

    Counterparts(Jurisdiction source, Jurisdiction target) {
        this.source = source;
        this.target = target;
        String from = source.level().notation();
        String to = target.level().notation();
        this.endings = Tsv.classpath("conventions/level-endings.tsv").stream()
                .filter(r -> r.get("from_level").equals(from) && r.get("to_level").equals(to))
                .map(r -> new Ending(r.get("from"), r.get("to")))
                .sorted(Comparator.comparingInt((Ending e) -> e.from().length()).reversed())
                .toList();
        for (AgencyNames.Name n : AgencyNames.all()) {
            (n.kind().equals("vertical") ? vertical : departments).add(n.formal());
        }
    }

    /** The counterpart's label, the label itself when it needs none, or null when none can be named. */
    String of(String label) {
        String rest = withoutPlace(label);
        if (rest == null) {
            boolean ownPlace = !source.shortName().equals(source.name()) && label.startsWith(source.shortName());
            boolean ministry = source.level() == org.policykg.gazetteer.Level.NATIONAL && departments.contains(label);
            return ownPlace ? null : ministry ? target.name() + ending(label) : label;
        }
        if (vertical.stream().anyMatch(rest::endsWith)) {
            return null;
        }
        return target.name() + ending(rest);
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
