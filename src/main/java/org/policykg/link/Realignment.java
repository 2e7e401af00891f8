package org.policykg.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which batches a pass aligns again, and which documents lost their alignments. A batch is aligned again when one of
 * its documents was stored after its children were aligned (a pending document of a later generation), or when its
 * input is not the one its children's stored alignments came from ({@link LinkState.Mark}): a parent added,
 * displaced or gone, a child arrived or left. The other batches' alignments would come out the same, so they are
 * left as stored. A document that had alignments but is a child of no batch now (an orphan) loses them.
 */
record Realignment(List<AlignmentBatch> batches, Set<String> orphans) {

    static Realignment of(List<AlignmentBatch> batches, Map<String, LinkState.Mark> marks, Map<String, Long> pending) {
        Map<String, Set<String>> before = new HashMap<>();
        marks.forEach((doc, m) -> before.computeIfAbsent(m.batch(), k -> new HashSet<>()).add(doc));
        List<AlignmentBatch> again = new ArrayList<>();
        Set<String> orphans = new LinkedHashSet<>(marks.keySet());
        for (AlignmentBatch b : batches) {
            b.children().forEach(orphans::remove);
            Set<String> was = before.getOrDefault(b.key(), Set.of());
            boolean same = was.equals(new HashSet<>(b.children()))
                    && b.children().stream().allMatch(c -> b.input().equals(marks.get(c).input()))
                    && b.docs().stream().noneMatch(d -> pending.getOrDefault(d, 0L) > aligned(b, marks));
            if (!same) {
                again.add(b);
            }
        }
        return new Realignment(again, orphans);
    }

    /** The generation the batch's children were aligned in (the earliest, should they differ). */
    private static long aligned(AlignmentBatch b, Map<String, LinkState.Mark> marks) {
        return b.children().stream().mapToLong(c -> marks.get(c).generation()).min().orElse(0);
    }

    /** The batches in groups that each read about {@code docs} documents' clauses: one write transaction each. */
    List<List<AlignmentBatch>> chunks(int docs) {
        List<List<AlignmentBatch>> chunks = new ArrayList<>();
        List<AlignmentBatch> chunk = new ArrayList<>();
        int read = 0;
        for (AlignmentBatch b : batches) {
            chunk.add(b);
            read += b.docs().size();
            if (read >= docs) {
                chunks.add(chunk);
                chunk = new ArrayList<>();
                read = 0;
            }
        }
        if (!chunk.isEmpty()) {
            chunks.add(chunk);
        }
        return chunks;
    }
}
