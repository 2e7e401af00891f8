package org.policykg.annotate.obligation;

import java.util.List;
import org.policykg.annotate.citation.Citation;
import org.policykg.annotate.deadline.Deadline;
import org.policykg.annotate.role.RoleFact;
import org.policykg.annotate.tag.Tags;
import org.policykg.annotate.threshold.Threshold;
import org.policykg.structure.Node;

/**
 * What one subdivision says, or one task of a subdivision that assigns several ({@code start}–{@code end}, absolute):
 * its owners and recipients, deadlines, thresholds and citations, each located by a span of the source text, and
 * the aspects and industries it concerns. {@code Located} offsets are absolute char offsets into the document.
 */
public record NodeFacts(Node node, int start, int end, String task, boolean obligation, List<Located<RoleFact>> owners,
                        List<Located<RoleFact>> recipients, List<Located<Deadline>> deadlines,
                        List<Located<Threshold>> thresholds, List<Located<Citation>> citations, Tags tags) {

    /** A fact and where in the document it was read. */
    public record Located<T>(T fact, int start, int end) {}

    public boolean isEmpty() {
        return owners.isEmpty() && recipients.isEmpty() && deadlines.isEmpty() && thresholds.isEmpty() && citations.isEmpty();
    }
}
