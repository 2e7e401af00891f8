package org.policykg.annotate.agency;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.conventions.Tsv;
import org.policykg.gazetteer.AgencyNames;
import org.policykg.gazetteer.NationalBodies;

/**
 * The naming conventions of government bodies, from gazetteer/agency-names.tsv (formal names and
 * their short forms), gazetteer/collectives.tsv (collectives, roles, vertical offices, qualifiers) and
 * gazetteer/agency-suffixes.tsv (endings of names the gazetteer does not list), and the national roster
 * ({@link NationalBodies}).
 */
final class AgencyLexicon {

    /** A body name found in the text: its formal form and kind, and how many chars it takes. */
    record Body(String formal, String kind, int length) {}

    record Rule(String kind, Pattern pattern) {}

    private final Map<String, Body> bodies = new HashMap<>();
    private final java.util.Set<Character> bodyFirst = new java.util.HashSet<>();
    private final List<Rule> rules = new ArrayList<>();
    private final List<String> suffixes = new ArrayList<>();
    private final List<String> openers = new ArrayList<>();
    /** Last chars of the endings and first chars of the openers: most positions are ruled out by one lookup. */
    private final BitSet suffixLast = new BitSet();
    private final BitSet openerFirst = new BitSet();
    private final List<String> breaks = new ArrayList<>();
    private static final Pattern UNPLACED_NOT = Pattern.compile("(?:部门|单位|政府|中心|办)$");
    private final int longestBody;
    private static final String MEMBERS = "成员单位";

    private AgencyLexicon() {
        int longest = 0;
        for (AgencyNames.Name n : AgencyNames.all()) {
            List<String> forms = new ArrayList<>(List.of(n.formal()));
            forms.addAll(n.aliases());
            for (String f : forms) {
                bodies.put(f, new Body(n.formal(), n.kind(), f.length()));
                longest = Math.max(longest, f.length());
            }
        }
        // the national roster's forms a place never precedes (科技部, 中国科协); forms local bodies share are local here
        for (String form : NationalBodies.standard().writtenForms()) {
            if (!bodies.containsKey(form)) {
                NationalBodies.Form f = NationalBodies.standard().form(form).orElseThrow();
                bodies.put(form, f.sharedWithLocal() ? new Body(ShortForms.standard().expand(form), "department", form.length())
                        : new Body(f.formal(), "national", form.length()));
                longest = Math.max(longest, form.length());
            }
        }
        longestBody = longest;
        bodies.keySet().forEach(k -> bodyFirst.add(k.charAt(0)));
        for (Map<String, String> r : Tsv.classpath("gazetteer/collectives.tsv")) {
            rules.add(new Rule(r.get("kind"), Pattern.compile(r.get("pattern"))));
        }
        Tsv.classpath("gazetteer/agency-suffixes.tsv").forEach(r -> suffixes.add(r.get("suffix")));
        Tsv.classpath("gazetteer/name-openers.tsv").forEach(r -> openers.add(r.get("word")));
        suffixes.forEach(x -> suffixLast.set(x.charAt(x.length() - 1)));
        openers.forEach(x -> openerFirst.set(x.charAt(0)));
        Tsv.classpath("gazetteer/name-breaks.tsv").forEach(r -> breaks.add(r.get("word")));
    }

    private static final AgencyLexicon STANDARD = new AgencyLexicon();

    static AgencyLexicon standard() {
        return STANDARD;
    }

    /** The longest gazetteer body name starting at {@code i}. */
    Body bodyAt(String t, int i) {
        if (i >= t.length() || !bodyFirst.contains(t.charAt(i))) {
            return null;
        }
        for (int len = Math.min(longestBody, t.length() - i); len >= 2; len--) {
            Body b = bodies.get(t.substring(i, i + len));
            if (b != null) {
                return new Body(b.formal(), b.kind(), len);
            }
        }
        return null;
    }

    /** Every rule's matches in one text, indexed by start, so a scan runs each rule once per text. */
    final class Hits {
        private final Map<Integer, List<String[]>> byStart = new HashMap<>();

        private Hits(String t) {
            for (Rule r : rules) {
                Matcher m = r.pattern().matcher(t);
                int from = 0;
                while (from < t.length() && m.find(from)) {
                    if (m.end() > m.start()) {
                        byStart.computeIfAbsent(m.start(), k -> new ArrayList<>()).add(new String[] {r.kind(), m.group()});
                    }
                    from = m.start() + 1;
                }
            }
        }

        /** The first rule (in file order) of one of {@code kinds} matching at {@code i}, as [kind, text]. */
        String[] at(int i, String... kinds) {
            for (String[] h : byStart.getOrDefault(i, List.of())) {
                if (kinds.length == 0 || List.of(kinds).contains(h[0])) {
                    return h;
                }
            }
            return null;
        }
    }

    Hits hits(String t) {
        return new Hits(t);
    }

    /** The first rule of one of {@code kinds} that matches at {@code i}, as the matched text. */
    String ruleAt(String t, int i, String... kinds) {
        for (Rule r : rules) {
            if (List.of(kinds).contains(r.kind())) {
                Matcher m = r.pattern().matcher(t).region(i, t.length());
                if (m.lookingAt()) {
                    return m.group();
                }
            }
        }
        return null;
    }

    String kindOfRule(String t, int i) {
        for (Rule r : rules) {
            Matcher m = r.pattern().matcher(t).region(i, t.length());
            if (m.lookingAt()) {
                return r.kind();
            }
        }
        return null;
    }

    /**
     * A name the gazetteer does not list: up to {@code max} Chinese chars ending in a known ending,
     * extended over a following 办公室 (领导小组 → 领导小组办公室). Returns its length, or 0.
     */
    int genericAt(String t, int i, int max) {
        return genericAt(t, i, max, true);
    }

    /** Without a place before it, a name must end in a body's own ending, not in 部门/单位/政府/中心. */
    int unplacedAt(String t, int i, int max) {
        return genericAt(t, i, max, false);
    }

    private int genericAt(String t, int i, int max, boolean placed) {
        for (int j = i + 1; j <= Math.min(t.length(), i + max); j++) {
            char c = t.charAt(j - 1);
            if (!Character.isIdeographic(c) || breaksAt(t, i, j)) {
                return 0;
            }
            if (endsWithSuffix(t, i, j) && (placed || !UNPLACED_NOT.matcher(t.substring(i, j)).find())) {
                // prefer a longer ending that covers this one: 管委 → 管委会, 领导小组 → 领导小组办公室
                int end = j;
                for (int k = Math.min(t.length(), j + 4); k > j; k--) {
                    if (endsWithSuffix(t, i, k) && coversFrom(t, k, j)) {
                        end = k;
                        break;
                    }
                }
                // a group's member units are one collective body, not the group (领导小组办公室成员单位)
                return (t.startsWith(MEMBERS, end) ? end + MEMBERS.length() : end) - i;
            }
        }
        return 0;
    }

    /** Whether a word no name contains (要, 成立…) ends at {@code j}: a name never runs across it. */
    private boolean breaksAt(String t, int i, int j) {
        for (String w : breaks) {
            if (j - i >= w.length() && t.startsWith(w, j - w.length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a label is a complete national body's name (conventions/national-bodies.tsv). */
    boolean isNationalName(String label) {
        return NationalBodies.standard().isName(label);
    }

    private boolean endsWithSuffix(String t, int i, int j) {
        if (!suffixLast.get(t.charAt(j - 1))) {
            return false;
        }
        for (String s : suffixes) {
            if (j - i > s.length() && t.startsWith(s, j - s.length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether some body ending (局, 办公室, 领导小组…) ends at {@code end}. */
    boolean endingAt(String t, int end) {
        if (end < 1 || !suffixLast.get(t.charAt(end - 1))) {
            return false;
        }
        for (String s : suffixes) {
            if (end >= s.length() && t.startsWith(s, end - s.length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a suffix ending at {@code k} starts at or before {@code j - 1}. */
    private boolean coversFrom(String t, int k, int j) {
        if (!suffixLast.get(t.charAt(k - 1))) {
            return false;
        }
        for (String s : suffixes) {
            if (t.startsWith(s, k - s.length()) && k - s.length() <= j) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether [start, end) reads as a body's name on its own: no verb opens it, no place or list glue
     * sits inside it, and it ends in a body's own ending (a segmenter's organisation guess must pass this).
     */
    boolean isOrganizationName(String t, int start, int end) {
        if (end - start < 4 || verbAt(t, start)) {
            return false;
        }
        String name = t.substring(start, end);
        return !name.matches(".*[、，。；：,;:（）()].*") && unplacedAt(t, start, end - start) == end - start;
    }

    /** Whether a verb or preposition starts at {@code i}, so no name can. */
    boolean verbAt(String t, int i) {
        if (i >= t.length() || !openerFirst.get(t.charAt(i))) {
            return false;
        }
        for (String w : openers) {
            if (t.startsWith(w, i)) {
                return true;
            }
        }
        return false;
    }

    /** The formal form of a functional field (经信 → 经济和信息化), or the field itself. */
    String field(String written) {
        Body b = bodies.get(written);
        return b != null && b.kind().equals("field") ? b.formal() : written;
    }
}
