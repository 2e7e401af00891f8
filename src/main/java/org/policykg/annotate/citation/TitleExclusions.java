package org.policykg.annotate.citation;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.policykg.conventions.Tsv;

/** Titles that are not citations (the document itself, aliases), from conventions/citation-title-exclusions.tsv. */
final class TitleExclusions {

    private record Rule(Pattern before, Pattern title, Pattern after) {
    }

    private static final int WINDOW = 20;

    private final List<Rule> rules;

    TitleExclusions(List<Map<String, String>> rows) {
        rules = rows.stream()
                .map(r -> new Rule(compile(r.get("before")), compile(r.get("title")), compile(r.get("after"))))
                .toList();
    }

    static TitleExclusions standard() {
        return new TitleExclusions(Tsv.classpath("conventions/citation-title-exclusions.tsv"));
    }

    private static Pattern compile(String regex) {
        return regex == null || regex.isBlank() ? null : Pattern.compile(regex.strip());
    }

    boolean excludes(String folded, TitleScanner.Title t) {
        String before = folded.substring(Math.max(0, t.start() - WINDOW), t.start());
        String after = folded.substring(t.end(), Math.min(folded.length(), t.end() + WINDOW));
        String title = TextFold.fold(t.title());
        return rules.stream().anyMatch(r -> matches(r.before(), before) && matches(r.title(), title)
                && matches(r.after(), after));
    }

    private static boolean matches(Pattern p, String s) {
        return p == null || p.matcher(s).find();
    }
}
