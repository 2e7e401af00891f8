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
    private static final java.util.regex.Pattern SIGNED = java.util.regex.Pattern.compile("(?:\\d{4}|[〇零○一二三四五六七八九]{4})\\s*年");

    private final RoleCues cues = RoleCues.standard();

    /**
     * Owners and recipients found in a text; {@code bracketOwners} are stated for the item and its sub-items.
     * {@code unnamed} is the role of the body the item leaves unnamed when it opens with a role word (协助A做好…:
     * support; 牵头组织A…: lead), null otherwise; a body named above the item (市农委职责) takes it. {@code standing}
     * are the bodies of a note that adds them to every task after it (…均需A落实，不再列出).
     */
    public record Roles(List<RoleFact> owners, List<RoleFact> recipients, List<RoleFact> bracketOwners, Role unnamed,
                        List<RoleFact> standing) {}

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
        bracket.addAll(dutyHeading(text, free));
        List<RoleFact> owners = new ArrayList<>(bracket);
        owners.addAll(subjects(text, free));
        Opening opening = opening(text, free);
        owners.addAll(opening.facts());
        return new Roles(owners, recipients(text, free), bracket, opening.unnamed(), standing(text, mentions));
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
                    Role labelled = labelRole(text.substring(a, in.get(0).start()));
                    Role role = labelled != null ? labelled
                            : RoleCues.startsWithAny(rest, firstCue(rest), cues.lead()) != null ? Role.LEAD
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

    /**
     * The owner columns a flattened table row ends with (…开展试点市农委市发改委、市食药监局): the bodies before the
     * first two names that touch with nothing between them lead, the rest support; when no two touch, all are owners.
     */
    public List<RoleFact> trailingColumns(String line, List<AgencyMention> mentions) {
        List<AgencyMention> run = new ArrayList<>();
        int end = line.stripTrailing().length();
        for (int k = mentions.size() - 1; k >= 0; k--) {
            AgencyMention m = mentions.get(k);
            String gap = line.substring(Math.min(m.end(), end), end);
            if (m.end() > end || !(gap.isEmpty() || cues.listGlue().contains(gap))) {
                break;
            }
            run.add(0, m);
            end = m.start();
        }
        int split = 0;
        for (int k = 1; k < run.size() && split == 0; k++) {
            split = run.get(k).start() == run.get(k - 1).end() ? k : 0;
        }
        List<RoleFact> out = new ArrayList<>();
        for (int k = 0; k < run.size(); k++) {
            Role role = split == 0 ? Role.RESPONSIBLE : k < split ? Role.LEAD : Role.SUPPORT;
            out.add(new RoleFact(role, run.get(k), "cell", BRACKET));
        }
        return out;
    }

    /** The role a column label before the bodies gives (牵头单位：A, 配合单位：B, 牵头考核单位：C); null without one. */
    private Role labelRole(String label) {
        if (label.indexOf('：') < 0 && label.indexOf(':') < 0) {
            return null;
        }
        for (int k = 0; k < label.length(); k++) {
            if (RoleCues.startsWithAny(label, k, cues.support()) != null) {
                return Role.SUPPORT;
            }
            if (RoleCues.startsWithAny(label, k, cues.lead()) != null) {
                return Role.LEAD;
            }
        }
        return null;
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
            if (RoleCues.startsWithAny(text, e, cues.optional()) != null || SIGNED.matcher(text).region(e, text.length()).lookingAt()) {
                // a body followed by a date signs the text (省乡村振兴局2021年8月16日): it owes nothing there
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
            if (lead != null && text.startsWith("、", e + lead.length())) {
                // A牵头、B配合: the pair is one clause
                Chain helpers = chainAt(text, e + lead.length() + 1, mentions);
                if (helpers != null && RoleCues.startsWithAny(text, skipBlanks(text, helpers.end), cues.support()) != null) {
                    helpers.items.forEach(m -> out.add(new RoleFact(Role.SUPPORT, m, "subject", SUBJECT)));
                }
            }
        }
        return out;
    }

    /** A heading naming whose duties follow (（一）市财政局职责。): its bodies owe every item under it. */
    private List<RoleFact> dutyHeading(String text, List<AgencyMention> mentions) {
        Chain chain = chainAt(text, skipBlanks(text, Math.max(0, cues.outlineMarkerEnd(text))), mentions);
        String duty = chain == null ? null : RoleCues.startsWithAny(text, chain.end, cues.duty());
        if (duty == null || !text.substring(chain.end + duty.length()).strip().matches("[。：:]?")) {
            return List.of();
        }
        return chain.items.stream().map(m -> new RoleFact(Role.RESPONSIBLE, m, "duty", BRACKET)).toList();
    }

    /** The bodies of the bracket, else the sentence, that holds a standing note (不再列出). */
    private List<RoleFact> standing(String text, List<AgencyMention> mentions) {
        List<RoleFact> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (RoleCues.startsWithAny(text, i, cues.standing()) != null) {
                int a = bound(text, i, -1);
                int z = bound(text, i, 1);
                mentions.stream().filter(m -> m.start() >= a && m.end() <= z)
                        .forEach(m -> out.add(new RoleFact(Role.RESPONSIBLE, m, "standing", BRACKET)));
            }
        }
        return out;
    }

    /** The start (step -1) or end (step 1) of the bracket around {@code from}, else of its sentence; inner brackets are skipped. */
    private static int bound(String text, int from, int step) {
        int depth = 0;
        for (int k = from; step < 0 ? k > 0 : k < text.length(); k += step) {
            char c = text.charAt(step < 0 ? k - 1 : k);
            boolean closes = step < 0 ? c == '）' || c == ')' : c == '（' || c == '(';
            boolean opens = step < 0 ? c == '（' || c == '(' : c == '）' || c == ')';
            if (closes) {
                depth++;
            } else if (opens && depth-- == 0 || depth == 0 && "。；;\n".indexOf(c) >= 0) {
                return k;
            }
        }
        return step < 0 ? 0 : text.length();
    }

    private record Opening(List<RoleFact> facts, Role unnamed) {}

    /**
     * An item that opens with a role word and leaves its own body unnamed: 协助A、B做好… (A and B lead, the unnamed
     * body supports), 牵头组织A… / 会同A… (A supports, the unnamed body leads), 牵头… (the unnamed body leads).
     */
    private Opening opening(String text, List<AgencyMention> mentions) {
        int q = skipBlanks(text, Math.max(0, cues.outlineMarkerEnd(text)));
        if (startingAt(mentions, q) != null) {
            return new Opening(List.of(), null);
        }
        List<RoleFact> partners = partners(text, q, mentions);
        if (!partners.isEmpty()) {
            return new Opening(partners, Role.LEAD);
        }
        String helps = RoleCues.startsWithAny(text, q, cues.support());
        Chain helped = helps == null ? null : chainAt(text, q + helps.length(), mentions);
        if (helped != null) {
            return new Opening(helped.items.stream().map(m -> new RoleFact(Role.LEAD, m, "subject", SUBJECT)).toList(), Role.SUPPORT);
        }
        return new Opening(List.of(), RoleCues.startsWithAny(text, q, cues.lead()) != null ? Role.LEAD : null);
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
            String toward = RoleCues.startsWithAny(text, i, cues.toward());
            Chain addressee = toward == null ? null : chainAt(text, skipBlanks(text, i + toward.length()), mentions);
            if (addressee != null && reportsAt(text, skipBlanks(text, addressee.end))) {
                // 向X报送/报告/反馈: the body addressed before the verb receives
                addressee.items.forEach(m -> out.add(new RoleFact(Role.RECIPIENT, m, "recipient", RECEIVES)));
                i = addressee.end - 1;
                continue;
            }
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

    /** A reporting verb at {@code at}, past a few adverbs (向X及时报送, 向X书面报告). */
    private boolean reportsAt(String text, int at) {
        int limit = Math.min(text.length(), at + 6);
        for (int k = at; k < limit && CLAUSE_ENDS.indexOf(text.charAt(k)) < 0; k++) {
            if (RoleCues.startsWithAny(text, k, cues.recipient()) != null || RoleCues.startsWithAny(text, k, cues.towardVerb()) != null) {
                return true;
            }
        }
        return false;
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
