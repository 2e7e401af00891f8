package org.policykg.gazetteer;

import java.util.Locale;

/** Administrative level of a jurisdiction or a document, as in the SKOS scheme pkg:LevelScheme. */
public enum Level {
    NATIONAL("National", "国家级"),
    PROVINCE("Province", "省级"),
    CITY("City", "地市级"),
    COUNTY("County", "县级");

    private final String conceptName;
    private final String label;

    Level(String conceptName, String label) {
        this.conceptName = conceptName;
        this.label = label;
    }

    /** The local name of the level's concept in the ontology (pkg:Province …). */
    public String conceptName() {
        return conceptName;
    }

    public String label() {
        return label;
    }

    public String notation() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Level parse(String s) {
        String t = s.strip();
        for (Level l : values()) {
            if (l.notation().equalsIgnoreCase(t) || l.label.equals(t) || l.conceptName.equalsIgnoreCase(t)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown level '" + s + "' (national, province, city or county)");
    }
}
