package org.policykg.gazetteer;

import java.util.Arrays;
import java.util.List;
import org.policykg.conventions.Tsv;

/**
 * The formal names of government bodies and their short forms, loaded once from gazetteer/agency-names.tsv:
 * the recognizer's lexicon, the segmenter's dictionary and the counterparts of a subordinate's table read them.
 */
public final class AgencyNames {

    /** One body name: its formal form, the short forms written for it, and its kind (the file's header says which). */
    public record Name(String formal, List<String> aliases, String kind) {}

    private static final List<Name> STANDARD = Tsv.classpath("gazetteer/agency-names.tsv").stream()
            .map(r -> new Name(r.get("formal"), Arrays.stream(r.get("aliases").split("\\|")).filter(a -> !a.isBlank()).toList(),
                    r.get("kind")))
            .toList();

    private AgencyNames() {
    }

    /** Every row of the file, in its order. */
    public static List<Name> all() {
        return STANDARD;
    }
}
