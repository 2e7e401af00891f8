package org.policykg.annotate.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.policykg.conventions.Tsv;

/**
 * Cuts the words of the surrounding sentence off an issuing-body code read backwards from a number's bracket
 * (按照工信部联产业 → 工信部联产业), from conventions/citation-context-words.tsv.
 */
final class ContextWords {

    private static final String RESOURCE = "conventions/citation-context-words.tsv";
    // codes have at least two chars (国发, 粤府), so 和府 keeps its 和 while 和国发 loses it
    private static final int MIN_CODE = 2;

    private final List<String> anywhere = new ArrayList<>();
    private final List<String> leading = new ArrayList<>();

    ContextWords(List<Map<String, String>> rows) {
        for (Map<String, String> row : rows) {
            String word = row.get("word").strip();
            switch (row.get("rule").strip()) {
                case "anywhere" -> anywhere.add(word);
                case "leading" -> leading.add(word);
                default -> throw new IllegalStateException(RESOURCE + ": unknown rule for " + word + ": " + row.get("rule"));
            }
        }
    }

    static ContextWords standard() {
        return new ContextWords(Tsv.classpath(RESOURCE));
    }

    /** The code left once the context is cut off; may be empty. A leading word stays when it would leave one char. */
    String strip(String run) {
        int cut = 0;
        for (String w : anywhere) {
            int i = run.lastIndexOf(w);
            if (i >= 0) {
                cut = Math.max(cut, i + w.length());
            }
        }
        String s = run.substring(cut);
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String w : leading) {
                if (s.startsWith(w) && s.length() - w.length() >= MIN_CODE) {
                    s = s.substring(w.length());
                    stripped = true;
                }
            }
        }
        return s;
    }
}
