package org.policykg.annotate.agency;

import java.util.List;
import org.policykg.gazetteer.Jurisdiction;
import org.policykg.gazetteer.Jurisdictions;

/** The labels the shipped recognizer gives the bodies a text names, for the agency tests. */
final class AgencyLabels {

    static final Jurisdictions J = Jurisdictions.standard();
    static final AgencyRecognizer RECOGNIZER = new AgencyRecognizer(J);

    private AgencyLabels() {
    }

    /** In a document of {@code doc} (null: no jurisdiction). */
    static List<String> labels(String text, Jurisdiction doc) {
        return RECOGNIZER.find(text, doc).stream().map(AgencyMention::label).toList();
    }

    /** In a document of the jurisdiction with this code. */
    static List<String> labels(String text, String code) {
        return labels(text, J.byCode(code).orElseThrow());
    }
}
