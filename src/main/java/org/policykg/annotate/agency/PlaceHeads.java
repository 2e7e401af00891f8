package org.policykg.annotate.agency;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.policykg.gazetteer.Jurisdiction;
import org.policykg.gazetteer.Jurisdictions;

/**
 * The first two chars of every division's full and short name, with the longest name each begins. Places are
 * looked up at every char of every clause; this rules most positions out without building a substring per length.
 */
final class PlaceHeads {

    private final int[] heads;
    private final int[] longest;

    PlaceHeads(Jurisdictions jurisdictions) {
        Map<Integer, Integer> max = new TreeMap<>();
        for (Jurisdiction j : jurisdictions.all()) {
            for (String name : new String[] {j.name(), j.shortName()}) {
                if (name.length() >= 2) {
                    max.merge(key(name, 0), name.length(), Math::max);
                }
            }
        }
        heads = max.keySet().stream().mapToInt(Integer::intValue).toArray();
        longest = max.values().stream().mapToInt(Integer::intValue).toArray();
    }

    /** The longest division name that may start at {@code i}, or 0 when none can. */
    int longestAt(String t, int i) {
        if (i + 2 > t.length()) {
            return 0;
        }
        int k = Arrays.binarySearch(heads, key(t, i));
        return k < 0 ? 0 : Math.min(longest[k], t.length() - i);
    }

    private static int key(String s, int i) {
        return s.charAt(i) << 16 | s.charAt(i + 1);
    }
}
