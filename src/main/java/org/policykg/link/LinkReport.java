package org.policykg.link;

/**
 * What one cross-document pass did: stubs identified with stored documents, edges, stub levels (all of the store),
 * the alignments written in the batches it aligned, how many batches of all it aligned, the pending documents it
 * completed.
 */
public record LinkReport(int sameAs, int edges, int stubLevels, int alignments, int batches, int allBatches, int pending, long millis) {

    static final LinkReport NOTHING = new LinkReport(0, 0, 0, 0, 0, 0, 0, 0);

    public String summary() {
        return String.format("%d cited documents found in the store, %d document links, %d stub levels; %d clause alignments "
                        + "in %d of %d batches aligned for %d pending documents, in %.1f s",
                sameAs, edges, stubLevels, alignments, batches, allBatches, pending, millis / 1000.0);
    }
}
