package org.policykg.align;

import java.util.ArrayList;
import java.util.List;
import org.policykg.align.TextDiff.Edit;
import org.policykg.align.TextDiff.Op;

/**
 * Turns unit edits into phrase edits: runs of one kind joined; a shared run no longer than the changes on both of
 * its sides folded into them (as in diff-match-patch's semantic cleanup); each change given as what was removed,
 * then what was added.
 */
final class DiffCleanup {

    /** A shared run, or a change: what the parent had there and what the child has. */
    private record Block(String same, StringBuilder removed, StringBuilder added) {
        boolean isSame() {
            return same != null;
        }

        int size() {
            return Math.max(removed.length(), added.length());
        }
    }

    private DiffCleanup() {
    }

    static List<Edit> phrases(List<Edit> edits) {
        List<Block> blocks = blocks(edits);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int k = 1; k + 1 < blocks.size(); k++) {
                Block b = blocks.get(k);
                if (b.isSame() && b.same().length() <= blocks.get(k - 1).size() && b.same().length() <= blocks.get(k + 1).size()) {
                    Block before = blocks.get(k - 1);
                    Block after = blocks.get(k + 1);
                    before.removed().append(b.same()).append(after.removed());
                    before.added().append(b.same()).append(after.added());
                    blocks.remove(k + 1);
                    blocks.remove(k);
                    changed = true;
                    break;
                }
            }
        }
        List<Edit> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b.isSame()) {
                out.add(new Edit(Op.SAME, b.same()));
                continue;
            }
            if (!b.removed().isEmpty()) {
                out.add(new Edit(Op.REMOVED, b.removed().toString()));
            }
            if (!b.added().isEmpty()) {
                out.add(new Edit(Op.ADDED, b.added().toString()));
            }
        }
        return out;
    }

    /** Alternating shared runs and changes; empty edits dropped. */
    private static List<Block> blocks(List<Edit> edits) {
        List<Block> blocks = new ArrayList<>();
        for (Edit e : edits) {
            if (e.text().isEmpty()) {
                continue;
            }
            Block last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
            if (e.op() == Op.SAME) {
                if (last != null && last.isSame()) {
                    blocks.set(blocks.size() - 1, new Block(last.same() + e.text(), null, null));
                } else {
                    blocks.add(new Block(e.text(), null, null));
                }
                continue;
            }
            if (last == null || last.isSame()) {
                last = new Block(null, new StringBuilder(), new StringBuilder());
                blocks.add(last);
            }
            (e.op() == Op.REMOVED ? last.removed() : last.added()).append(e.text());
        }
        return blocks;
    }
}
