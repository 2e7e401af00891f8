package org.policykg.gazetteer;

import java.util.Set;
import java.util.TreeSet;
import org.policykg.conventions.Tsv;

/**
 * The national bodies and the codes their document numbers open with (conventions/national-bodies.tsv): what marks a
 * document, a citation or an agency as national.
 */
public final class NationalBodies {

    private static final NationalBodies STANDARD = new NationalBodies();

    private final Set<String> names = new TreeSet<>();
    private final Set<String> codes = new TreeSet<>();

    private NationalBodies() {
        Tsv.classpath("conventions/national-bodies.tsv").forEach(r -> (r.get("kind").equals("code") ? codes : names).add(r.get("value")));
    }

    public static NationalBodies standard() {
        return STANDARD;
    }

    /** Whether {@code label} is exactly a national body's name (工业和信息化部). */
    public boolean isName(String label) {
        return names.contains(label);
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
