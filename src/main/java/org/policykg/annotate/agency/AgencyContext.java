package org.policykg.annotate.agency;

import java.util.Map;
import org.policykg.gazetteer.Jurisdiction;

/**
 * What names in a document are read against: its jurisdiction (bare 市 → 湛江市; collectives are scoped to it), its
 * issuer as printed (我局 / 区局 stand for it) and the bodies its addressee list names by place only
 * ({@link AddressedBodies}) and the registered company names it writes ({@link RegisteredNames}). Jurisdiction and
 * issuer may be null when the document does not say.
 */
public record AgencyContext(Jurisdiction jurisdiction, String issuer, Map<String, String> addressed, RegisteredNames registered) {

    public AgencyContext(Jurisdiction jurisdiction, String issuer) {
        this(jurisdiction, issuer, Map.of(), RegisteredNames.NONE);
    }

    public static AgencyContext of(Jurisdiction jurisdiction) {
        return new AgencyContext(jurisdiction, null);
    }
}
