package org.policykg.correct;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.policykg.rdf.Iris;

/**
 * One correction by a person: on the {@code task}-th obligation (from 1) of the clause at {@code path} of {@code doc},
 * whose text was {@code anchorText} when it was made, {@code field} goes from {@code before} to {@code after}.
 * {@code after} empty removes every value of the field.
 */
public record Correction(String id, String doc, String path, int task, String anchorText, Field field,
                         List<String> before, List<String> after, String by, Instant time, String note) {

    /** How several values are written in one cell or argument (湛江市工业和信息化局、湛江市发展和改革局). */
    public static final String SEPARATOR = "、";

    public Correction {
        before = List.copyOf(before);
        after = List.copyOf(after);
        note = note == null ? "" : note;
    }

    /** A new id: short enough to type after {@code correct undo}, and distinct for each place, field and moment. */
    static String newId(String doc, String path, int task, Field field, Instant time) {
        return Iris.hash(doc + "|" + path + "|" + task + "|" + field.slug() + "|" + time).substring(0, 8);
    }

    /** A field's values as written joined: an added obligation's text is one value, 、 and all. */
    static List<String> values(Field field, String joined) {
        if (field.kind() == Field.Kind.ADD) {
            return joined == null || joined.isBlank() ? List.of() : List.of(joined.strip());
        }
        return values(joined);
    }

    static List<String> values(String joined) {
        return joined == null || joined.isBlank() ? List.of()
                : Arrays.stream(joined.split(SEPARATOR)).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    public static String joined(List<String> values) {
        return String.join(SEPARATOR, values);
    }
}
