package org.policykg.annotate.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.policykg.conventions.Tsv;

/** Body names with their place inside (团市委 → 共青团青岛市委员会), from gazetteer/inner-place-names.tsv. */
final class InnerPlaceNames {

    private record Name(String opener, String ending, String formal) {}

    private static final InnerPlaceNames STANDARD = new InnerPlaceNames();

    private final List<Name> names = new ArrayList<>();

    private InnerPlaceNames() {
        for (Map<String, String> r : Tsv.classpath("gazetteer/inner-place-names.tsv")) {
            names.add(new Name(r.get("opener"), r.get("ending"), r.get("formal")));
        }
    }

    static InnerPlaceNames standard() {
        return STANDARD;
    }

    /** The body named at {@code i} with a bare level inside its name, or null. */
    AgencyMention at(String t, int i, PlaceResolver places) {
        for (Name n : names) {
            int p = i + n.opener().length();
            PlaceResolver.Place place = t.startsWith(n.opener(), i) ? places.placeAt(t, p) : null;
            if (place != null && place.length() == 1 && place.label() != null && t.startsWith(n.ending(), p + 1)) {
                int end = p + 1 + n.ending().length();
                return new AgencyMention(i, end, t.substring(i, end), n.formal().replace("{place}", place.label()),
                        AgencyMention.Kind.AGENCY, place.code());
            }
        }
        return null;
    }
}
