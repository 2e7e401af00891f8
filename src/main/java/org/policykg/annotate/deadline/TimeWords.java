package org.policykg.annotate.deadline;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.policykg.conventions.Tsv;

/** The word lists of conventions/time-words.tsv, with regex alternations built from them. */
final class TimeWords {

    static final String RESOURCE = "conventions/time-words.tsv";

    /** One row; {@code relation} is null when the row carries none. */
    record Word(String kind, String word, String value, String shape, TimeRelation relation, String notBefore) {

        /** The word as a regex, refusing the characters (or the |-separated words) that may not follow it. */
        String regex(String written) {
            if (notBefore.contains("|")) {
                return Pattern.quote(written) + "(?!" + Arrays.stream(notBefore.split("\\|"))
                        .map(Pattern::quote).collect(Collectors.joining("|")) + ")";
            }
            String guard = notBefore.isEmpty() ? "" : notBefore.codePoints()
                    .mapToObj(c -> String.format("\\x{%x}", c)).collect(Collectors.joining("", "(?![", "])"));
            return Pattern.quote(written) + guard;
        }

        /** "1-10" → 1, "21-end" → 21. */
        int from() {
            return Integer.parseInt(value.substring(0, value.indexOf('-')));
        }

        /** "1-10" → 10, "21-end" → 0 (the last day). */
        int to() {
            String t = value.substring(value.indexOf('-') + 1);
            return t.equals("end") ? 0 : Integer.parseInt(t);
        }

        boolean point() {
            return shape.equals("point");
        }
    }

    private final List<Word> words;

    private TimeWords(List<Word> words) {
        this.words = words;
    }

    static TimeWords load() {
        return new TimeWords(Tsv.classpath(RESOURCE).stream().map(TimeWords::word).toList());
    }

    private static Word word(Map<String, String> row) {
        String relation = row.get("relation");
        return new Word(row.get("kind"), row.get("word"), row.get("value"), row.get("shape"),
                relation.isEmpty() ? null : TimeRelation.valueOf(relation), row.get("not_before"));
    }

    List<Word> of(String kind) {
        return words.stream().filter(w -> w.kind().equals(kind)).toList();
    }

    /** The row of {@code kind} written exactly as {@code written}. */
    Optional<Word> exact(String kind, String written) {
        return of(kind).stream().filter(w -> w.word().equals(written)).findFirst();
    }

    /** As {@link #exact}, or, for a word that shares its leading 年/月 with what precedes it, with that character. */
    Optional<Word> lookup(String kind, String written, String shared) {
        Optional<Word> exact = exact(kind, written);
        return exact.isPresent() ? exact : exact(kind, shared + written);
    }

    /**
     * The characters a word of {@code kinds} may start with, also after dropping a leading {@code shared} as
     * {@link #alternation(String, String)} allows, as escaped class members; empty when a word may be written empty.
     */
    Optional<String> firstChars(String shared, String... kinds) {
        Set<Integer> firsts = new TreeSet<>();
        for (String kind : kinds) {
            for (Word w : of(kind)) {
                String dropped = !shared.isEmpty() && w.word().startsWith(shared) ? w.word().substring(shared.length()) : w.word();
                if (dropped.isEmpty()) {
                    return Optional.empty();
                }
                firsts.add(w.word().codePointAt(0));
                firsts.add(dropped.codePointAt(0));
            }
        }
        return Optional.of(firsts.stream().map(c -> String.format("\\x{%x}", c)).collect(Collectors.joining()));
    }

    /** An alternation of the words of {@code kind}, longest first so that 之前 wins over 前. */
    String alternation(String kind) {
        return alternation(kind, "");
    }

    /**
     * As {@link #alternation(String)}, but a word that starts with {@code shared} (年, 月) may drop it, because the
     * year or month before it already wrote that character (2020年底, 6月底).
     */
    String alternation(String kind, String shared) {
        return of(kind).stream()
                .sorted(Comparator.comparingInt((Word w) -> w.word().length()).reversed())
                .map(w -> !shared.isEmpty() && w.word().startsWith(shared)
                        ? "(?:" + Pattern.quote(shared) + ")?" + w.regex(w.word().substring(shared.length()))
                        : w.regex(w.word()))
                .collect(Collectors.joining("|", "(?:", ")"));
    }
}
