package org.policykg.annotate.role;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.policykg.annotate.agency.AgencyMention;

/**
 * Who owes what in one piece of text, from its agency mentions: responsibility brackets
 * (（A、B按职责分工负责）, （责任单位：A）), the bodies a clause opens with (A牵头会同B…, A要…, 由A…), and the
 * bodies a report goes to (报送X, 反馈至X). Offsets of mentions are relative to {@code text}.
 */
public final class RoleExtractor {

    private static final String CLAUSE_ENDS = "。；;！？!?\n，,：:";
    private static final double BRACKET = 0.95;
    private static final double SUBJECT = 0.85;
    private static final double RECEIVES = 0.8;

    private final RoleCues cues = new RoleCues();

    /** Owners and recipients found in a text; {@code bracketOwners} are stated for the item and its sub-items. */
    public record Roles(List<RoleFact> owners, List<RoleFact> recipients, List<RoleFact> bracketOwners) {}

    public Roles extract(String text, List<AgencyMention> mentions) {
        List<RoleFact> bracket = new ArrayList<>();
        BitSet inBracket = new BitSet(text.length());
        for (int[] b : ownerBrackets(text, mentions)) {
            for (RoleFact f : responsibility(text.substring(b[0], b[1]), shift(mentions, b[0], b[1]), BRACKET, "bracket")) {
                AgencyMention m = f.agency();
                bracket.add(new RoleFact(f.role(), m.shifted(b[0]), f.cue(), f.confidence()));
            }
            inBracket.set(b[0], b[1]);
        }
        List<AgencyMention> free = mentions.stream().filter(m -> !inBracket.get(m.start())).toList();
        List<RoleFact> owners = new ArrayList<>(bracket);
        owners.addAll(subjects(text, free));
        return new Roles(owners, recipients(text, free), bracket);
    }

    /** A cell or bracket listing the responsible bodies: "A牵头负责，相关部门按职责分工负责". */
    public List<RoleFact> responsibility(String text, List<AgencyMention> mentions, double confidence, String cue) {
        List<RoleFact> out = new ArrayList<>();
        boolean led = false;
        int partStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || "，,；;。".indexOf(text.charAt(i)) >= 0) {
                final int a = partStart;
                final int z = i;
                List<AgencyMention> in = mentions.stream().filter(m -> m.start() >= a && m.end() <= z).toList();
                if (!in.isEmpty()) {
                    String rest = text.substring(in.get(in.size() - 1).end(), z);
                    Role role = RoleCues.startsWithAny(rest, firstCue(rest), cues.lead()) != null ? Role.LEAD
                            : RoleCues.startsWithAny(rest, firstCue(rest), cues.support()) != null ? Role.SUPPORT
                            : led ? Role.SUPPORT : Role.RESPONSIBLE;
                    led |= role == Role.LEAD;
                    in.forEach(m -> out.add(new RoleFact(role, m, cue, confidence)));
                }
                partStart = i + 1;
            }
        }
        return out;
    }

    /** Where the role word after a list begins: past 按职责分工 / 分别 and similar fillers. */
    private int firstCue(String rest) {
        for (int k = 0; k < rest.length(); k++) {
            if (RoleCues.startsWithAny(rest, k, cues.lead()) != null || RoleCues.startsWithAny(rest, k, cues.support()) != null) {
                return k;
            }
        }
        return 0;
    }

    /** Where the brackets that name a text's owners stand, as [after the opening, at the closing bracket). */
    public List<int[]> ownerBrackets(String text, List<AgencyMention> mentions) {
        List<int[]> out = new ArrayList<>();
        int depth = 0;
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '（' || c == '(') {
                if (depth++ == 0) {
                    open = i + 1;
                }
            } else if ((c == '）' || c == ')') && depth > 0 && --depth == 0) {
                final int a = open;
                final int z = i;
                boolean named = mentions.stream().anyMatch(m -> m.start() >= a && m.end() <= z);
                if (named && cues.assignsOwners(text.substring(a, z))) {
                    out.add(new int[] {a, z});
                }
            }
        }
        return out;
    }

    private List<RoleFact> subjects(String text, List<AgencyMention> mentions) {
        List<RoleFact> out = new ArrayList<>();
        // an item's outline number (1. （1） ①) stands before its first sentence, which may open with a body
        int opening = cues.outlineMarkerEnd(text);
        for (int p = 0; p < text.length(); p++) {
            if (p > 0 && p != opening && CLAUSE_ENDS.indexOf(text.charAt(p - 1)) < 0) {
                continue;
            }
            int q = skipBlanks(text, p);
            String actor = RoleCues.startsWithAny(text, q, cues.actor());
            q += actor == null ? 0 : actor.length();
            Chain chain = chainAt(text, q, mentions);
            if (chain == null) {
                continue;
            }
            int e = skipBlanks(text, chain.end);
            if (RoleCues.startsWithAny(text, e, cues.optional()) != null) {
                continue;
            }
            String modal = RoleCues.startsWithAny(text, e, cues.modal());
            int afterModal = modal == null ? e : e + modal.length();
            if (RoleCues.startsWithAny(text, afterModal, cues.join()) != null) {
                chain.items.forEach(m -> out.add(new RoleFact(Role.LEAD, m, "subject", SUBJECT)));
                out.addAll(partners(text, afterModal, mentions));
                continue;
            }
            String lead = RoleCues.startsWithAny(text, e, cues.lead());
            Role role = lead != null ? Role.LEAD
                    : RoleCues.startsWithAny(text, e, cues.support()) != null ? Role.SUPPORT : Role.RESPONSIBLE;
            chain.items.forEach(m -> out.add(new RoleFact(role, m, "subject", SUBJECT)));
            if (lead != null && e + lead.length() < text.length() && "，,".indexOf(text.charAt(e + lead.length())) >= 0) {
                // A牵头，会同B…: the partners of a lead named after its comma
                out.addAll(partners(text, e + lead.length() + 1, mentions));
            }
        }
        return out;
    }

    /** The bodies after a join word at {@code at} (会同B、C), as supports; none when no join word is there. */
    private List<RoleFact> partners(String text, int at, List<AgencyMention> mentions) {
        String join = RoleCues.startsWithAny(text, at, cues.join());
        Chain partners = join == null ? null : chainAt(text, skipBlanks(text, at + join.length()), mentions);
        return partners == null ? List.of()
                : partners.items.stream().map(m -> new RoleFact(Role.SUPPORT, m, "subject", SUBJECT)).toList();
    }

    private List<RoleFact> recipients(String text, List<AgencyMention> mentions) {
        List<RoleFact> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            String cue = RoleCues.startsWithAny(text, i, cues.recipient());
            if (cue == null) {
                continue;
            }
            int q = i + cue.length();
            if (text.startsWith("给", q) || text.startsWith("至", q)) {
                q++;
            }
            Chain chain = chainAt(text, q, mentions);
            if (chain != null) {
                chain.items.forEach(m -> out.add(new RoleFact(Role.RECIPIENT, m, "recipient", RECEIVES)));
                i = chain.end - 1;
            }
        }
        return out;
    }

    private record Chain(List<AgencyMention> items, int end) {}

    /** The bodies listed from {@code at} on: A、B和C等部门. */
    private Chain chainAt(String text, int at, List<AgencyMention> mentions) {
        List<AgencyMention> items = new ArrayList<>();
        int q = at;
        while (true) {
            AgencyMention m = startingAt(mentions, q);
            if (m == null) {
                break;
            }
            items.add(m);
            q = m.end();
            String glue = RoleCues.startsWithAny(text, q, cues.listGlue());
            int next = glue == null ? q : q + glue.length();
            if (startingAt(mentions, next) == null) {
                q = glue != null && glue.startsWith("等") ? next : q;
                break;
            }
            q = next;
        }
        return items.isEmpty() ? null : new Chain(items, q);
    }

    private static AgencyMention startingAt(List<AgencyMention> mentions, int at) {
        for (AgencyMention m : mentions) {
            if (m.start() == at) {
                return m;
            }
        }
        return null;
    }

    private static int skipBlanks(String t, int i) {
        while (i < t.length() && (Character.isWhitespace(t.charAt(i)) || t.charAt(i) == '\u3000')) {
            i++;
        }
        return i;
    }

    private static List<AgencyMention> shift(List<AgencyMention> mentions, int a, int z) {
        return mentions.stream().filter(m -> m.start() >= a && m.end() <= z)
                .map(m -> m.shifted(-a)).toList();
    }
}
