package org.policykg.annotate.role;

import org.policykg.annotate.agency.AgencyMention;

/**
 * A body in a role, with how it was found ({@code cue}: bracket, subject, cell, inherited, recipient) and the
 * extractor's confidence in it.
 */
public record RoleFact(Role role, AgencyMention agency, String cue, double confidence) {

    public RoleFact as(Role r) {
        return new RoleFact(r, agency, cue, confidence);
    }

    public RoleFact inherited() {
        return new RoleFact(role, agency, "inherited", confidence * 0.9);
    }
}
