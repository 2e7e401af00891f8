package org.policykg.align;

import java.util.ArrayList;
import java.util.List;
import org.policykg.align.TextDiff.Edit;
import org.policykg.align.TextDiff.Op;

/** The classic dynamic-programming longest common subsequence, as one edit per unit. */
final class Lcs {

    private Lcs() {
    }

    static List<Edit> edits(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int[][] len = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                len[i][j] = a.get(i).equals(b.get(j)) ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
            }
        }
        List<Edit> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(i).equals(b.get(j))) {
                out.add(new Edit(Op.SAME, a.get(i++)));
                j++;
            } else if (len[i + 1][j] >= len[i][j + 1]) {
                out.add(new Edit(Op.REMOVED, a.get(i++)));
            } else {
                out.add(new Edit(Op.ADDED, b.get(j++)));
            }
        }
        while (i < n) {
            out.add(new Edit(Op.REMOVED, a.get(i++)));
        }
        while (j < m) {
            out.add(new Edit(Op.ADDED, b.get(j++)));
        }
        return out;
    }
}
