package org.policykg.align;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * What a lower-level clause changed in the clause it implements: a longest-common-subsequence diff over characters
 * (over phrases when both texts are very long), on text without outline marker or whitespace and with full-width
 * forms folded. Short shared runs between two changes (a lone 的 or 和) are folded into the change, so the
 * result reads phrase by phrase: 省→市, 工业和信息化 kept, 厅→局. Stateless and thread-safe.
 */
public final class TextDiff {

    public enum Op { SAME, ADDED, REMOVED }

    public record Edit(Op op, String text) {}

    private static final long MAX_CELLS = 4_000_000L;

    private TextDiff() {
    }

    public static List<Edit> diff(String parent, String child) {
        String a = prepare(parent);
        String b = prepare(child);
        int prefix = 0;
        while (prefix < a.length() && prefix < b.length() && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.length() - prefix && suffix < b.length() - prefix
                && a.charAt(a.length() - 1 - suffix) == b.charAt(b.length() - 1 - suffix)) {
            suffix++;
        }
        String midA = a.substring(prefix, a.length() - suffix);
        String midB = b.substring(prefix, b.length() - suffix);
        List<Edit> edits = new ArrayList<>();
        edits.add(new Edit(Op.SAME, a.substring(0, prefix)));
        List<String> unitsA = units(midA, midB);
        List<String> unitsB = units(midB, midA);
        if ((long) unitsA.size() * unitsB.size() > MAX_CELLS) {
            // too long even by phrase: one change for the whole differing middle
            edits.add(new Edit(Op.REMOVED, midA));
            edits.add(new Edit(Op.ADDED, midB));
        } else {
            edits.addAll(Lcs.edits(unitsA, unitsB));
        }
        edits.add(new Edit(Op.SAME, a.substring(a.length() - suffix)));
        return DiffCleanup.phrases(edits);
    }

    static String prepare(String text) {
        String s = Normalizer.normalize(LeadingMarker.strip(text), Normalizer.Form.NFKC);
        return s.replaceAll("\\s+", "");
    }

    /** Characters, or phrases ending at punctuation when a character table would be too large. */
    private static List<String> units(String text, String other) {
        if ((long) text.length() * other.length() <= MAX_CELLS) {
            return text.codePoints().mapToObj(Character::toString).toList();
        }
        return List.of(text.split("(?<=[,.;:!?，。；：、！？])"));
    }
}
