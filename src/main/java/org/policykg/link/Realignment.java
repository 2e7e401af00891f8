package org.policykg.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which batches a pass aligns again, and which documents' stored alignments it replaces. A batch is aligned again
 * when one of its documents is pending (stored since the last pass), or when its input is not the one its children's
 * stored alignments came from ({@link LinkState.Mark}): a parent added, displaced or gone, a child arrived or left.
 * The other batches' alignments would come out the same, so they are left as stored.
 */
record Realignment(List<AlignmentBatch> batches, Set<String> replaced) {

    /** Every batch, replacing every stored alignment: the full pass, which also repairs a damaged links graph. */
    static Realignment all(List<AlignmentBatch> batches, Map<String, LinkState.Mark> marks) {
        Set<String> replaced = new LinkedHashSet<>(marks.keySet());
        batches.forEach(b -> replaced.addAll(b.children()));
        return new Realignment(batches, replaced);
    }

    static Realignment of(List<AlignmentBatch> batches, Map<String, LinkState.Mark> marks, Set<String> pending) {
        Map<String, Set<String>> before = new HashMap<>();
        marks.forEach((doc, m) -> before.computeIfAbsent(m.batch(), k -> new HashSet<>()).add(doc));
        List<AlignmentBatch> again = new ArrayList<>();
        Set<String> replaced = new LinkedHashSet<>();
        for (AlignmentBatch b : batches) {
            Set<String> was = before.remove(b.key());
            boolean same = was != null && was.equals(new HashSet<>(b.children()))
                    && b.children().stream().allMatch(c -> b.input().equals(marks.get(c).input()))
                    && b.docs().stream().noneMatch(pending::contains);
            if (!same) {
                again.add(b);
                replaced.addAll(b.children());
                replaced.addAll(was == null ? Set.of() : was);
            }
        }
        // batches that no longer exist: their children have no parents now
        before.values().forEach(replaced::addAll);
        return new Realignment(again, replaced);
    }

    /** The documents whose clauses the batches align. */
    Set<String> documents() {
        Set<String> docs = new LinkedHashSet<>();
        batches.forEach(b -> docs.addAll(b.docs()));
        return docs;
    }
}
