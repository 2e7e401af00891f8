package org.policykg.structure;

import java.time.LocalDate;
import java.util.Set;
import org.policykg.gazetteer.Jurisdiction;
import org.policykg.gazetteer.Level;

/**
 * A document's metadata: taken from its text, or from a sidecar where the text lacks it ({@code overridden}
 * names those fields). Any field but {@code title} may be null: a document whose place cannot be told has no jurisdiction
 * and no level, never a default one.
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

    /** The title given to a document whose own title could not be found. */
    public static final String UNTITLED = "（无标题）";

    /** Whether the title is the document's own, so that it can tell the document from others. */
    public boolean hasOwnTitle() {
        return !UNTITLED.equals(title) && !title.matches("附件\\s*\\d*");
    }
}
