package org.policykg.annotate.agency;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.policykg.gazetteer.Jurisdiction;
import org.policykg.gazetteer.Jurisdictions;
import org.policykg.gazetteer.Level;

/**
 * Places that open a body's name, resolved against the document's own jurisdiction: a bare 省/市/县/区
 * means the document's jurisdiction at that level (市 in a county-level city's plan is the city itself),
 * a short name (江门) means the full division (江门市), nearest the document first.
 */
final class PlaceResolver {

    /** A place as written and the prefix of canonical labels it stands for (null: keep as written). */
    record Place(String written, String label, int length, String code) {}

    private final Jurisdictions jurisdictions;
    private final PlaceHeads heads;
    private final Jurisdiction doc;

    PlaceResolver(Jurisdictions jurisdictions, PlaceHeads heads, Jurisdiction doc) {
        this.jurisdictions = jurisdictions;
        this.heads = heads;
        this.doc = doc;
    }

    Place placeAt(String t, int i) {
        for (int len = heads.longestAt(t, i); len >= 2; len--) {
            String name = t.substring(i, i + len);
            List<Jurisdiction> c = jurisdictions.named(name);
            if (!c.isEmpty()) {
                Jurisdiction j = nearest(c);
                return new Place(name, fullName(j), len, j.code());
            }
        }
        if (i < t.length()) {
            char c = t.charAt(i);
            if ("省市县区镇".indexOf(c) >= 0) {
                // 省级人民政府 is the province's government
                int len = t.startsWith("级", i + 1) ? 2 : 1;
                Optional<Jurisdiction> j = bare(c);
                return new Place(t.substring(i, i + len), j.map(this::fullName).orElse(null), len,
                        j.map(Jurisdiction::code).orElse(null));
            }
        }
        return null;
    }

    /** The jurisdiction of the place written at {@code i}, null when none is written there or it is not known. */
    Jurisdiction jurisdictionAt(String t, int i) {
        Place p = placeAt(t, i);
        return p == null || p.code() == null ? null : jurisdictions.byCode(p.code()).orElse(null);
    }

    /**
     * A central body's office named for a place (gazetteer/agency-names.tsv): {name} is the place's name without its
     * level word (河北省 → 河北), {parent} the full name of the place above it (杨浦区 → 上海市); empty when the place
     * is unknown or has no parent to name.
     */
    Optional<String> officeName(String formal, String code) {
        Optional<Jurisdiction> j = code == null ? Optional.empty() : jurisdictions.byCode(code);
        if (j.isEmpty()) {
            return Optional.empty();
        }
        String s = formal.replace("{name}", j.get().shortName());
        if (!s.contains("{parent}")) {
            return Optional.of(s);
        }
        Optional<Jurisdiction> parent = jurisdictions.parent(j.get());
        return parent.map(p -> s.replace("{parent}", fullName(p)));
    }

    /** The document's own place as labels write it (上海市杨浦区), null for a national or unplaced document. */
    String documentPlace() {
        return doc == null || doc.level() == Level.NATIONAL ? null : fullName(doc);
    }

    private Optional<Jurisdiction> bare(char c) {
        if (doc == null) {
            return Optional.empty();
        }
        Level want = switch (c) {
            case '省' -> Level.PROVINCE;
            case '市' -> doc.level() == Level.COUNTY && doc.name().endsWith("市") ? Level.COUNTY : Level.CITY;
            default -> Level.COUNTY;
        };
        Optional<Jurisdiction> at = ancestorAt(want);
        // in a municipality (直辖市) the province is itself the city: 市科委 in 上海市 or its districts is 上海市's
        return at.isEmpty() && want == Level.CITY ? ancestorAt(Level.PROVINCE).filter(p -> p.name().endsWith("市")) : at;
    }

    /** A city's district is named with its city (上海市杨浦区, 唐山市开平区); other divisions by their own name. */
    private String fullName(Jurisdiction j) {
        if (j.level() == Level.COUNTY && j.name().endsWith("区")) {
            Optional<Jurisdiction> p = jurisdictions.parent(j).filter(x -> x.name().endsWith("市"));
            if (p.isPresent()) {
                return p.get().name() + j.name();
            }
        }
        return j.name();
    }

    private Optional<Jurisdiction> ancestorAt(Level level) {
        for (Optional<Jurisdiction> j = Optional.of(doc); j.isPresent(); j = jurisdictions.parent(j.get())) {
            if (j.get().level() == level) {
                return j;
            }
        }
        return Optional.empty();
    }

    private Jurisdiction nearest(List<Jurisdiction> candidates) {
        return candidates.stream().min(Comparator.comparingInt(this::distance)).orElseThrow();
    }

    /** Generations between a candidate and the document's jurisdiction through their common ancestor. */
    private int distance(Jurisdiction j) {
        if (doc == null) {
            return 0;
        }
        int up = 0;
        for (Optional<Jurisdiction> a = Optional.of(doc); a.isPresent(); a = jurisdictions.parent(a.get()), up++) {
            int down = 0;
            for (Optional<Jurisdiction> b = Optional.of(j); b.isPresent(); b = jurisdictions.parent(b.get()), down++) {
                if (b.get().code().equals(a.get().code())) {
                    return up + down;
                }
            }
        }
        return 100;
    }
}
