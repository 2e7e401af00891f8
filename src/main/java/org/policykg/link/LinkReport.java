package org.policykg.link;

/** What one cross-document pass wrote: stubs identified with stored documents, edges, stub levels, alignments. */
public record LinkReport(int sameAs, int edges, int stubLevels, int alignments, long millis) {

    public String summary() {
        return String.format("%d cited documents found in the store, %d document links, %d stub levels, %d clause alignments in %.1f s",
                sameAs, edges, stubLevels, alignments, millis / 1000.0);
    }
}
