package org.policykg.annotate.role;

/** What a body owes in an obligation, as in the SKOS scheme of roles (ontology/schemes.ttl). */
public enum Role {
    LEAD("lead"), SUPPORT("support"), RESPONSIBLE("responsible"), RECIPIENT("recipient");

    private final String slug;

    Role(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
