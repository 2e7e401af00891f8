package org.policykg.annotate.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.policykg.conventions.Tsv;

/** The short forms of body names and their formal forms (gazetteer/short-forms.tsv): 市科委 → 市科学技术委员会. */
final class ShortForms {

    private record Rewrite(Pattern pattern, String replacement) {}

    private static final ShortForms STANDARD = new ShortForms();

    private final List<Rewrite> rewrites = new ArrayList<>();

    private ShortForms() {
        for (Map<String, String> r : Tsv.classpath("gazetteer/short-forms.tsv")) {
            rewrites.add(new Rewrite(Pattern.compile(r.get("pattern")), r.get("replacement")));
        }
    }

    static ShortForms standard() {
        return STANDARD;
    }

    /** The formal form of a body's name written without its place (交通委 → 交通委员会). */
    String expand(String name) {
        String s = name;
        for (Rewrite w : rewrites) {
            s = w.pattern().matcher(s).replaceAll(w.replacement());
        }
        return s;
    }
}
