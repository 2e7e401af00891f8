package org.policykg.link;

import org.policykg.gazetteer.Jurisdiction;
import org.policykg.gazetteer.Level;

/** A stored document as the linker sees it; number, alternative title, jurisdiction and year may be null. */
record CorpusDocument(String iri, String title, String alternativeTitle, String number, Level level,
                      Jurisdiction jurisdiction, Integer year) {
}
