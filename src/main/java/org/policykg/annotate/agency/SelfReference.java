package org.policykg.annotate.agency;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.conventions.Tsv;

/**
 * An issuer's references to itself (gazetteer/self-references.tsv): 我委 in a 山东省发展和改革委员会 notice is that
 * 委员会, 区局办公室 in a 新疆维吾尔自治区质量技术监督局 notice is that 局's 办公室. A reference whose kind the
 * issuer's name does not end in (我委 in a 局's notice), or whose level is not the document's, is left alone.
 */
final class SelfReference {

    private record Rule(String kind, Pattern pattern, List<String> issuerEnds) {}

    private static final List<Rule> RULES = load();

    /** The issuers' canonical labels; the last char of the document's jurisdiction name (null: unknown). */
    private final List<String> issuers;
    private final Character level;
    /** The rules' matchers over the text last asked about: {@link #at} runs at every position, a new matcher each time cost more than the match. */
    private String text;
    private final Matcher[] matchers = new Matcher[RULES.size()];

    SelfReference(List<String> issuers, String documentPlace) {
        this.issuers = issuers;
        this.level = documentPlace == null || documentPlace.isEmpty() ? null : documentPlace.charAt(documentPlace.length() - 1);
    }

    private Matcher matcher(int rule, String t, int from) {
        if (t != text) {
            text = t;
            Arrays.fill(matchers, null);
        }
        if (matchers[rule] == null) {
            matchers[rule] = RULES.get(rule).pattern().matcher(t);
        }
        return matchers[rule].region(from, t.length());
    }

    /** The issuer (and a part of it written next) named at {@code i}, or null. */
    AgencyMention at(String t, int i) {
        if (issuers.isEmpty()) {
            return null;
        }
        for (int k = 0; k < RULES.size(); k++) {
            Rule r = RULES.get(k);
            if (r.kind().equals("subunit") || r.kind().equals("level") && (level == null || t.charAt(i) != level)) {
                continue;
            }
            Matcher m = matcher(k, t, i);
            String issuer = m.lookingAt() ? issuers.stream().filter(x -> r.issuerEnds().stream().anyMatch(x::endsWith))
                    .findFirst().orElse(null) : null;
            if (issuer != null) {
                int end = m.end();
                String part = subunitAt(t, end);
                return new AgencyMention(i, end + part.length(), t.substring(i, end + part.length()),
                        issuer + part, AgencyMention.Kind.AGENCY);
            }
        }
        return null;
    }

    private static String subunitAt(String t, int i) {
        for (Rule r : RULES) {
            if (r.kind().equals("subunit")) {
                Matcher m = r.pattern().matcher(t).region(i, t.length());
                if (m.lookingAt()) {
                    return m.group();
                }
            }
        }
        return "";
    }

    private static List<Rule> load() {
        List<Rule> rules = new ArrayList<>();
        for (Map<String, String> r : Tsv.classpath("gazetteer/self-references.tsv")) {
            String ends = r.getOrDefault("issuer_ends", "");
            rules.add(new Rule(r.get("kind"), Pattern.compile(r.get("pattern")), ends.isBlank() ? List.of() : List.of(ends.split("\\|"))));
        }
        return List.copyOf(rules);
    }
}
