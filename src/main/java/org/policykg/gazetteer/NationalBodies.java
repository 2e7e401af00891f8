package org.policykg.gazetteer;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.policykg.conventions.Tsv;

/**
 * The national bodies: what marks a document, a citation or an agency as national (conventions/national-bodies.tsv: names
 * and the codes their document numbers open with) and the roster of central bodies with their short forms
 * (gazetteer/national-roster.tsv: 科技部 → 科学技术部).
 */
public final class NationalBodies {

    /** A roster body as a text writes it: its formal name, and whether the form also names a local body. */
    public record Form(String formal, boolean sharedWithLocal) {}

    private static final NationalBodies STANDARD = new NationalBodies();

    private final Set<String> names = new TreeSet<>();
    private final Set<String> codes = new TreeSet<>();
    private final Map<String, Form> forms = new HashMap<>();

    private NationalBodies() {
        Tsv.classpath("conventions/national-bodies.tsv").forEach(r -> (r.get("kind").equals("code") ? codes : names).add(r.get("value")));
        for (Map<String, String> r : Tsv.classpath("gazetteer/national-roster.tsv")) {
            String formal = r.get("formal");
            names.add(formal);
            forms.putIfAbsent(formal, new Form(formal, false));
            boolean shared = r.get("scope").equals("national");
            for (String alias : r.get("aliases").isBlank() ? new String[0] : r.get("aliases").split("\\|")) {
                forms.putIfAbsent(alias, new Form(formal, shared));
            }
        }
    }

    public static NationalBodies standard() {
        return STANDARD;
    }

    /** Whether {@code label} is exactly a national body's name (工业和信息化部). */
    public boolean isName(String label) {
        return names.contains(label);
    }

    /** The roster body a written form names (科技部 → 科学技术部), if any. */
    public Optional<Form> form(String written) {
        return Optional.ofNullable(forms.get(written));
    }

    /** Every written form of the roster's bodies, formal names and short forms. */
    public Set<String> writtenForms() {
        return forms.keySet();
    }

    /** Whether {@code text} opens with a national body's name. */
    public boolean opensWithName(String text) {
        return text != null && names.stream().anyMatch(text::startsWith);
    }

    /** Whether a document number opens with a national body's name or number code (工信部联产业…). */
    public boolean numberIsNational(String number) {
        return number != null && (opensWithName(number) || codes.stream().anyMatch(number::startsWith));
    }
}
