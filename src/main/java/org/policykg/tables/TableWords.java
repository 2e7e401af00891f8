package org.policykg.tables;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policykg.conventions.Tsv;

/** The words and fonts of generated tables, from conventions/task-table.tsv. */
public final class TableWords {

    private static final TableWords STANDARD = new TableWords();

    private final Map<String, String> words = new HashMap<>();

    private TableWords() {
        for (Map<String, String> r : Tsv.classpath("conventions/task-table.tsv")) {
            words.put(r.get("key"), r.get("value"));
        }
    }

    public static TableWords standard() {
        return STANDARD;
    }

    public String get(String key) {
        String w = words.get(key);
        if (w == null) {
            throw new IllegalStateException("conventions/task-table.tsv has no key " + key);
        }
        return w;
    }


    /** A font list, best first (font.title, font.heading, font.body). */
    public List<String> fonts(String role) {
        return Arrays.stream(get("font." + role).split("\\|")).map(String::strip).toList();
    }
}
