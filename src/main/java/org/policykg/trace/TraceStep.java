package org.policykg.trace;

import java.util.List;
import org.policykg.align.TextDiff;

/**
 * One line of a trace: a document at some level (national, province, city, county; blank when a stub could not be
 * placed) and, when the document is stored, a clause of it with the alignment score. {@code stub}: the document is
 * known only by citation. {@code comparedWith} is the clause below it in the trace it was aligned from, and
 * {@code changes} and {@code facts} say what that lower clause changed; all three are empty on the first line and
 * on documents without a clause.
 */
public record TraceStep(String level, String doc, String number, String title, boolean stub, String clause, String path,
                        Double score, String text, String comparedWith, List<TextDiff.Edit> changes,
                        List<FactChange> facts) {
}
