package org.policykg.annotate.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.policykg.conventions.Tsv;
import org.policykg.gazetteer.Jurisdiction;

/**
 * The short forms of body names and their formal forms (gazetteer/short-forms.tsv): 市科委 → 市科学技术委员会. Some
 * hold only where a body stands: a level (省法院 → 高级人民法院) or a region whose bodies share a name (审批服务局 in
 * Inner Mongolia → 行政审批和政务服务局).
 */
final class ShortForms {

    /** {@code where}: empty = everywhere; a level (province, city, county); or the GB/T 2260 code prefix of a region. */
    private record Rewrite(Pattern pattern, String replacement, String where) {

        boolean holdsIn(Jurisdiction place) {
            return place != null && (where.equals(place.level().notation()) || place.code().startsWith(where));
        }
    }

    private static final ShortForms STANDARD = new ShortForms();

    private final List<Rewrite> rewrites = new ArrayList<>();

    private ShortForms() {
        for (Map<String, String> r : Tsv.classpath("gazetteer/short-forms.tsv")) {
            rewrites.add(new Rewrite(Pattern.compile(r.get("pattern")), r.get("replacement"), r.get("where")));
        }
    }

    static ShortForms standard() {
        return STANDARD;
    }

    /** The formal form of a body's name written without its place (交通委 → 交通委员会). */
    String expand(String name) {
        return expand(name, null);
    }

    /** The formal form of a body's name as it stands in {@code place} (null: the forms that hold everywhere). */
    String expand(String name, Jurisdiction place) {
        String s = name;
        for (Rewrite w : rewrites) {
            if (w.where().isEmpty() || w.holdsIn(place)) {
                s = w.pattern().matcher(s).replaceAll(w.replacement());
            }
        }
        return s;
    }

    /** A formal name as it stands in {@code place}: only the forms that hold there alone (人民法院 → 高级人民法院). */
    String inPlace(String formal, Jurisdiction place) {
        String s = formal;
        for (Rewrite w : rewrites) {
            if (!w.where().isEmpty() && w.holdsIn(place)) {
                s = w.pattern().matcher(s).replaceAll(w.replacement());
            }
        }
        return s;
    }
}
