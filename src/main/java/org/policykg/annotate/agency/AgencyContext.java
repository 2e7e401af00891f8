package org.policykg.annotate.agency;

import org.policykg.gazetteer.Jurisdiction;

/**
 * What names in a document are read against: its jurisdiction (bare 市 → 湛江市; collectives are scoped to it) and
 * its issuer as printed (我局 / 区局 stand for it). Either may be null when the document does not say.
 */
public record AgencyContext(Jurisdiction jurisdiction, String issuer) {

    public static AgencyContext of(Jurisdiction jurisdiction) {
        return new AgencyContext(jurisdiction, null);
    }
}
