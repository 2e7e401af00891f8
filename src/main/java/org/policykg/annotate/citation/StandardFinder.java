package org.policykg.annotate.citation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.policykg.conventions.Tsv;

/**
 * Finds standard numbers in folded text and normalizes them to prefix, one space, number-year: GB-30484-2013 →
 * GB 30484-2013, DB44/T 1234-2019 → DB 44/T 1234-2019. Prefixes come from conventions/citation-standard-prefixes.tsv.
 */
final class StandardFinder {

    /** One standard; {@code year} is null when the number carries none. */
    record Match(String written, String normalized, String year, int start, int end) {
    }

    private static final String DASHES = "\\-\u2010\u2013\u2014\u2015";
    private static final String TAIL = "(?<n>\\d+(?:\\.\\d+)*)(?:\\s*[" + DASHES + "]\\s*(?<y>\\d{4}|\\d{2})(?!\\d))?";
    private static final Pattern LOCAL = Pattern.compile(
            "(?<![A-Za-z0-9])DB\\s*(?<area>\\d{2,6})\\s*/\\s*(?:(?<t>T)\\s*/?\\s*)?" + TAIL);
    // without a year, a short number after a prefix is too likely to be something else
    private static final int MIN_DIGITS_WITHOUT_YEAR = 3;

    private final Pattern national;

    StandardFinder(List<String> prefixes) {
        String alternatives = prefixes.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        national = Pattern.compile("(?<![A-Za-z0-9])(?<p>" + alternatives + ")(?:\\s*/\\s*(?<t>[TZ]))?(?![A-Za-z])[\\s"
                + DASHES + "]*" + TAIL);
    }

    static StandardFinder standard() {
        List<Map<String, String>> rows = Tsv.classpath("conventions/citation-standard-prefixes.tsv");
        return new StandardFinder(rows.stream().map(r -> r.get("prefix").strip()).toList());
    }

    /** Standards in {@code folded} (see {@link TextFold}); written forms are taken from {@code text}. */
    List<Match> find(String folded, String text) {
        List<Match> found = new ArrayList<>();
        Matcher m = national.matcher(folded);
        while (m.find()) {
            String prefix = m.group("p") + (m.group("t") == null ? "" : "/" + m.group("t"));
            add(m, prefix + " ", text, found);
        }
        Matcher l = LOCAL.matcher(folded);
        while (l.find()) {
            add(l, "DB " + l.group("area") + (l.group("t") == null ? "/" : "/T "), text, found);
        }
        found.sort(Comparator.comparingInt(Match::start));
        return found;
    }

    private static void add(Matcher m, String head, String text, List<Match> into) {
        String n = m.group("n");
        String y = m.group("y");
        if (y == null && n.split("\\.")[0].length() < MIN_DIGITS_WITHOUT_YEAR) {
            return;
        }
        String normalized = head + n + (y == null ? "" : "-" + y);
        String year = y == null ? null : y.length() == 4 ? y : "19" + y;
        into.add(new Match(text.substring(m.start(), m.end()), normalized, year, m.start(), m.end()));
    }
}
