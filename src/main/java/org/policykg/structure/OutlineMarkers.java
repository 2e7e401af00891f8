package org.policykg.structure;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.conventions.ChineseNumerals;
import org.policykg.conventions.Tsv;

/** The outline numbering conventions, loaded once from conventions/outline-markers.tsv. */
public final class OutlineMarkers {

    record Kind(int rank, String code, String name, Pattern pattern, String display) {}

    /** A marker found at the start of a line: its kind, its number, and its length in characters. */
    record Marker(Kind kind, String written, int number, int length) {
        String display() {
            return kind.display().replace("{n}", numberAsWritten());
        }

        private String numberAsWritten() {
            Matcher m = kind.pattern().matcher(written);
            return m.lookingAt() ? m.group("n") : written;
        }
    }

    private static final OutlineMarkers STANDARD = new OutlineMarkers(Tsv.classpath("conventions/outline-markers.tsv").stream()
            .map(OutlineMarkers::kind)
            .sorted((a, b) -> Integer.compare(a.rank(), b.rank()))
            .toList());

    private final List<Kind> kinds;

    OutlineMarkers(List<Kind> kinds) {
        this.kinds = List.copyOf(kinds);
    }

    public static OutlineMarkers standard() {
        return STANDARD;
    }

    /** Each kind's pattern, in rank order: group "n" is the number as written, group "m" the whole marker. */
    public List<Pattern> patterns() {
        return kinds.stream().map(Kind::pattern).toList();
    }

    private static Kind kind(Map<String, String> row) {
        return new Kind(Integer.parseInt(row.get("rank")), row.get("code"), row.get("kind"),
                Pattern.compile(row.get("pattern")), row.get("display"));
    }

    Optional<Marker> match(String content) {
        for (Kind k : kinds) {
            Matcher m = k.pattern().matcher(content);
            if (m.lookingAt()) {
                int number = ChineseNumerals.parse(m.group("n"));
                int len = m.end("m");
                while (len < content.length() && Line.isBlank(content.charAt(len))) {
                    len++;
                }
                // a bare marker with nothing after it is not an outline item (e.g. a stray "1." line)
                if (number > 0 && len < content.length()) {
                    return Optional.of(new Marker(k, m.group("m"), number, len));
                }
            }
        }
        return Optional.empty();
    }
}
