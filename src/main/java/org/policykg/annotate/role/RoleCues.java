package org.policykg.annotate.role;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.conventions.Tsv;
import org.policykg.structure.OutlineMarkers;

/** The words that give bodies their roles, loaded once from conventions/role-cues.tsv; each list longest first. */
public final class RoleCues {

    private static final List<Pattern> OUTLINE = OutlineMarkers.standard().patterns().stream()
            .map(p -> Pattern.compile("[\\s\u3000]*" + p.pattern() + "[\\s\u3000]*")).toList();
    private static final RoleCues STANDARD = new RoleCues();

    private final List<String> lead = new ArrayList<>();
    private final List<String> support = new ArrayList<>();
    private final List<String> join = new ArrayList<>();
    private final List<String> recipient = new ArrayList<>();
    private final List<String> optional = new ArrayList<>();
    private final List<String> listGlue = new ArrayList<>();
    private final List<String> actor = new ArrayList<>();
    private final List<String> modal = new ArrayList<>();
    private final List<String> toward = new ArrayList<>();
    private final List<String> towardVerb = new ArrayList<>();
    private final List<String> duty = new ArrayList<>();
    private final List<String> standing = new ArrayList<>();
    private final Pattern bracketOwner;

    private RoleCues() {
        List<Map<String, String>> rows = Tsv.classpath("conventions/role-cues.tsv");
        for (Map<String, String> r : rows) {
            String w = r.get("word");
            switch (r.get("cue")) {
                case "lead" -> lead.add(w);
                case "support" -> support.add(w);
                case "join" -> join.add(w);
                case "recipient" -> recipient.add(w);
                case "optional" -> optional.add(w);
                case "list" -> listGlue.add(w);
                case "actor" -> actor.add(w);
                case "modal" -> modal.add(w);
                case "toward" -> toward.add(w);
                case "toward-verb" -> towardVerb.add(w);
                case "duty" -> duty.add(w);
                case "standing" -> standing.add(w);
                case "bracket" -> { }
                default -> throw new IllegalStateException("role-cues.tsv: unknown cue " + r.get("cue"));
            }
        }
        List<String> bracket = rows.stream()
                .filter(r -> r.get("cue").equals("bracket")).map(r -> r.get("word")).toList();
        bracketOwner = Pattern.compile("(?:" + String.join("|", bracket) + ")");
        byLength(lead, support, join, recipient, optional, listGlue, actor, modal, toward, towardVerb, duty, standing);
    }

    public static RoleCues standard() {
        return STANDARD;
    }

    @SafeVarargs
    private static void byLength(List<String>... lists) {
        for (List<String> l : lists) {
            l.sort((a, b) -> b.length() - a.length());
        }
    }

    static String startsWithAny(String t, int at, List<String> words) {
        for (String w : words) {
            if (t.startsWith(w, at)) {
                return w;
            }
        }
        return null;
    }

    public List<String> lead() {
        return lead;
    }

    public List<String> support() {
        return support;
    }

    List<String> join() {
        return join;
    }

    List<String> recipient() {
        return recipient;
    }

    List<String> optional() {
        return optional;
    }

    List<String> listGlue() {
        return listGlue;
    }

    List<String> actor() {
        return actor;
    }

    List<String> modal() {
        return modal;
    }

    List<String> toward() {
        return toward;
    }

    List<String> towardVerb() {
        return towardVerb;
    }

    List<String> duty() {
        return duty;
    }

    List<String> standing() {
        return standing;
    }

    /** Where a text's first sentence begins past a leading outline marker (conventions/outline-markers.tsv), or -1. */
    int outlineMarkerEnd(String text) {
        for (Pattern p : OUTLINE) {
            Matcher m = p.matcher(text);
            if (m.lookingAt() && m.end() < text.length()) {
                return m.end();
            }
        }
        return -1;
    }

    /** Whether a bracket's text assigns responsibility (…负责, 责任单位：…). */
    boolean assignsOwners(String bracketText) {
        return bracketOwner.matcher(bracketText).find();
    }
}
