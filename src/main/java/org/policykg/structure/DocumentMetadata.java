package org.policykg.structure;

import java.time.LocalDate;
import java.util.Set;
import org.policykg.gazetteer.Jurisdiction;
import org.policykg.gazetteer.Level;

/**
 * A document's metadata: taken from its text, or from a sidecar where the text lacks it ({@code overridden}
 * names those fields). Any field but {@code title} and {@code level} may be null.
 */
public record DocumentMetadata(
        String title,
        String alternativeTitle,
        String issuer,
        String number,
        LocalDate dateIssued,
        Jurisdiction jurisdiction,
        Level level,
        Integer planYear,
        Set<String> overridden) {
}
