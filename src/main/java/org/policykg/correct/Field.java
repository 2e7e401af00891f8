package org.policykg.correct;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.jena.rdf.model.Property;
import org.policykg.rdf.PKG;

/**
 * What a correction changes on an obligation. A role field replaces the bodies in that role; {@code lead} also
 * replaces the responsible bodies (负责), since the tables and the obligations query show them as the lead when no
 * 牵头 body is named. {@code deadline} replaces the obligation's deadlines.
 */
public enum Field {
    LEAD("lead", "牵头单位", List.of(PKG.lead, PKG.responsible)),
    SUPPORT("support", "配合单位", List.of(PKG.support)),
    RESPONSIBLE("responsible", "责任单位", List.of(PKG.responsible)),
    RECIPIENT("recipient", "报送对象", List.of(PKG.recipient)),
    DEADLINE("deadline", "完成时限", List.of(PKG.deadline));

    private final String slug;
    private final String label;
    private final List<Property> replaces;

    Field(String slug, String label, List<Property> replaces) {
        this.slug = slug;
        this.label = label;
        this.replaces = replaces;
    }

    public String slug() {
        return slug;
    }

    /** The column a table shows the field under. */
    public String label() {
        return label;
    }

    /** The obligation's properties whose extracted values the correction hides. */
    public List<Property> replaces() {
        return replaces;
    }

    /** The direct property a corrected value is linked with (the first one it replaces). */
    public Property property() {
        return replaces.get(0);
    }

    public boolean role() {
        return this != DEADLINE;
    }

    public static Field parse(String name) {
        String s = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.slug.equals(s)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                "no field '" + name + "' (known: " + Arrays.stream(values()).map(Field::slug).toList() + ")"));
    }
}
