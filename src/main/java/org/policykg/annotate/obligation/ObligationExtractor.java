package org.policykg.annotate.obligation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.policykg.annotate.agency.AddressedBodies;
import org.policykg.annotate.agency.AgencyMention;
import org.policykg.annotate.agency.AgencyContext;
import org.policykg.annotate.agency.AgencyRecognizer;
import org.policykg.annotate.agency.RegisteredNames;
import org.policykg.annotate.citation.Citation;
import org.policykg.annotate.citation.CitationExtractor;
import org.policykg.annotate.deadline.DateContext;
import org.policykg.annotate.deadline.Deadline;
import org.policykg.annotate.deadline.DeadlineNormalizer;
import org.policykg.annotate.obligation.NodeFacts.Located;
import org.policykg.annotate.role.Role;
import org.policykg.annotate.role.RoleExtractor;
import org.policykg.annotate.role.RoleFact;
import org.policykg.annotate.role.UnaddressedReport;
import org.policykg.annotate.tag.Tagger;
import org.policykg.annotate.tag.Tags;
import org.policykg.annotate.threshold.Threshold;
import org.policykg.annotate.threshold.ThresholdParser;
import org.policykg.structure.DocumentMetadata;
import org.policykg.structure.Node;
import org.policykg.structure.ParsedDocument;
import org.policykg.structure.Span;

/**
 * Reads every subdivision of one document for obligations: who owes (own brackets, the bodies a clause
 * opens with, a table's responsibility cells, and what a heading's bracket assigns to the items under
 * it), to whom reports go, by when, under which limits, and which documents it cites. Pure and thread-safe.
 */
public final class ObligationExtractor {

    private static final Pattern OWNER_COLUMN = Pattern.compile("负责|责任|牵头|配合|承办|协办|单位|部门");
    private static final Pattern SUPPORT_COLUMN = Pattern.compile("配合|协办|协助");
    private static final Pattern TASK_COLUMN = Pattern.compile("任务|要求|内容|措施|事项");
    private static final Pattern PREAMBLE = Pattern.compile("^(?:为|根据|按照|依据|遵照|依照)");
    private static final double CELL = 0.9;
    /** A receiver taken from the issuer, not read in the text. */
    private static final double ISSUER = 0.6;
    /** The word a notice asks its addressees with (请…报送). */
    private static final String REQUEST = "请";

    private final AgencyRecognizer agencies;
    private final RoleExtractor roles;
    private final DeadlineNormalizer deadlines;
    private final ThresholdParser thresholds;
    private final CitationExtractor citations;
    private final Tagger tagger;
    private final TaskUnits units;

    public ObligationExtractor(AgencyRecognizer agencies, RoleExtractor roles, DeadlineNormalizer deadlines,
                               ThresholdParser thresholds, CitationExtractor citations, Tagger tagger) {
        this.agencies = agencies;
        this.roles = roles;
        this.deadlines = deadlines;
        this.thresholds = thresholds;
        this.citations = citations;
        this.tagger = tagger;
        this.units = new TaskUnits(roles, deadlines);
    }

    /** The extractors with their shipped conventions, around one agency recognizer. */
    public static ObligationExtractor standard(AgencyRecognizer agencies) {
        return new ObligationExtractor(agencies, new RoleExtractor(), new DeadlineNormalizer(), new ThresholdParser(),
                new CitationExtractor(), Tagger.fromSchemes());
    }

    /** What reading one document keeps from subdivision to subdivision. */
    private record Reading(ParsedDocument doc, DocumentMetadata meta, DateContext when,
                           Map<Node, List<Located<RoleFact>>> bracketOwners, StandingOwners standing, AgencyMention issuer,
                           List<Located<RoleFact>> addressees) {}

    /** One stretch read as a task: a whole subdivision, or one task of it, with the agency mentions of its pieces. */
    private record Stretch(Node node, List<TextPiece> pieces, Function<TextPiece, List<AgencyMention>> mentions,
                           int start, int end, boolean preamble) {}

    public List<NodeFacts> extract(ParsedDocument doc, DocumentMetadata meta) {
        DateContext when = new DateContext(meta.planYear(), meta.dateIssued());
        Span to = doc.head() == null ? null : doc.head().addressees();
        List<AgencyMention> addressees = to == null ? List.of() : agencies.find(to.text(), meta.jurisdiction());
        AgencyContext names = new AgencyContext(meta.jurisdiction(), meta.issuer(),
                to == null ? Map.of() : AddressedBodies.of(to.text(), addressees), new RegisteredNames(doc.text()));
        Reading reading = new Reading(doc, meta, when, new HashMap<>(), new StandingOwners(), issuer(meta),
                addressees.stream().map(m -> at(new RoleFact(Role.RESPONSIBLE, m, "addressee", ISSUER), to.start(), m.start(), m.end()))
                        .toList());
        List<NodeFacts> out = new ArrayList<>();
        boolean beforeOutline = true;
        // a table printed as lines: the paragraphs after a header paragraph of its own are its rows
        Node columnsUnder = null;
        for (Node n : doc.nodes()) {
            beforeOutline &= n.kind() != Node.Kind.CLAUSE;
            // a table is read row by row; a covering notice spans its paragraphs, which are read themselves
            if (n.kind() == Node.Kind.TABLE || n.kind() == Node.Kind.NOTICE && !n.children().isEmpty()) {
                continue;
            }
            boolean preamble = beforeOutline && n.kind() == Node.Kind.PARAGRAPH && PREAMBLE.matcher(doc.textOf(n)).find();
            if (n.kind() == Node.Kind.ROW) {
                out.add(read(reading, new Stretch(n, pieces(doc, n), p -> agencies.find(p.text(), names),
                        n.start(), n.end(), preamble)));
                continue;
            }
            String text = doc.textOf(n);
            List<AgencyMention> mentions = agencies.find(text, names);
            List<NodeFacts> tasks = new ArrayList<>();
            boolean header = TaskUnits.hasColumnHeader(text);
            boolean rows = header || n.kind() == Node.Kind.PARAGRAPH && n.parent() == columnsUnder && columnsUnder != null;
            columnsUnder = header && text.indexOf('\n') < 0 ? n.parent() : rows ? columnsUnder : null;
            for (int[] u : units.split(text, bodyStart(n, text), mentions, when, rows)) {
                TextPiece piece = new TextPiece(text.substring(u[0], u[1]), n.start() + u[0], TextPiece.NONE);
                tasks.add(read(reading, new Stretch(n, List.of(piece), p -> mentions.stream()
                                .filter(m -> m.start() >= u[0] && m.end() <= u[1]).map(m -> m.shifted(-u[0])).toList(),
                        piece.base(), piece.base() + piece.text().length(), preamble)));
            }
            closedByBracket(tasks, doc.text());
            if (rows) {
                tasks.replaceAll(f -> byColumns(f, doc.text(), n.start(), mentions));
            }
            for (int i = 1; i < tasks.size(); i++) {
                tasks.set(i, continuing(tasks.get(i), tasks.get(i - 1)));
            }
            out.addAll(tasks);
        }
        return out;
    }

    /**
     * An item's closing bracket (（A负责，完成时限：2022年）) states who owes every sentence of the item and by when:
     * sentences without owners or deadline of their own take the bracket's.
     */
    private static void closedByBracket(List<NodeFacts> tasks, String text) {
        NodeFacts last = tasks.get(tasks.size() - 1);
        if (tasks.size() < 2 || last.owners().stream().noneMatch(l -> "bracket".equals(l.fact().cue()))) {
            return;
        }
        int open = Math.max(text.lastIndexOf('（', last.end()), text.lastIndexOf('(', last.end()));
        List<Located<Deadline>> due = last.deadlines().stream().filter(d -> d.start() >= open).toList();
        for (int i = 0; i < tasks.size() - 1; i++) {
            NodeFacts f = continuing(tasks.get(i), last);
            if (f.deadlines().isEmpty() && !due.isEmpty()) {
                f = new NodeFacts(f.node(), f.start(), f.end(), f.task(), true, f.owners(), f.recipients(), due,
                        f.thresholds(), f.citations(), f.tags());
            }
            tasks.set(i, f);
        }
    }

    /** A row of a table printed as lines is owed by the bodies of its closing owner columns. */
    private NodeFacts byColumns(NodeFacts f, String text, int base, List<AgencyMention> mentions) {
        List<AgencyMention> inside = mentions.stream().filter(m -> m.start() >= f.start() - base && m.end() <= f.end() - base)
                .map(m -> m.shifted(base - f.start())).toList();
        List<Located<RoleFact>> owners = roles.trailingColumns(text.substring(f.start(), f.end()), inside).stream()
                .map(r -> at(r, f.start(), r.agency().start(), r.agency().end())).toList();
        return owners.isEmpty() ? f : new NodeFacts(f.node(), f.start(), f.end(), f.task(), true, owners, f.recipients(),
                f.deadlines(), f.thresholds(), f.citations(), f.tags());
    }

    /** Where an item's body begins: past its outline marker, heading and the heading's full stop. */
    private static int bodyStart(Node n, String text) {
        int at = n.heading() == null ? -1 : text.indexOf(n.heading());
        if (at < 0) {
            return 0;
        }
        int end = at + n.heading().length();
        return end < text.length() && text.charAt(end) == '。' ? end + 1 : end;
    }

    /** A task of a paragraph that names no one of its own is owed by whoever owes its neighbour {@code other}. */
    private static NodeFacts continuing(NodeFacts f, NodeFacts other) {
        if (!f.owners().isEmpty() || other.owners().isEmpty()) {
            return f;
        }
        List<Located<RoleFact>> owners = other.owners().stream()
                .map(l -> new Located<>(l.fact().inherited(), l.start(), l.end())).toList();
        return new NodeFacts(f.node(), f.start(), f.end(), f.task(), true, owners, f.recipients(), f.deadlines(),
                f.thresholds(), f.citations(), f.tags());
    }

    private NodeFacts read(Reading reading, Stretch stretch) {
        ParsedDocument doc = reading.doc();
        Node n = stretch.node();
        int start = stretch.start();
        List<TextPiece> pieces = stretch.pieces();
        List<Located<RoleFact>> owners = new ArrayList<>();
        List<Located<RoleFact>> recipients = new ArrayList<>();
        List<Located<Deadline>> due = new ArrayList<>();
        List<Located<Threshold>> limits = new ArrayList<>();
        List<Located<Citation>> cited = new ArrayList<>();
        List<Located<RoleFact>> brackets = new ArrayList<>();
        Role unnamed = null;
        // a later task of a paragraph has its own first sentence, not the paragraph's heading
        String task = start == n.start() ? n.heading() : null;
        // a table's responsibility column is the authority on who owes the row
        boolean ownerColumn = pieces.stream().anyMatch(p -> OWNER_COLUMN.matcher(p.column()).find());
        for (TextPiece piece : pieces) {
            String t = piece.text();
            List<AgencyMention> mentions = stretch.mentions().apply(piece);
            if (OWNER_COLUMN.matcher(piece.column()).find()) {
                List<RoleFact> facts = roles.responsibility(t, mentions, CELL, "cell");
                boolean support = SUPPORT_COLUMN.matcher(piece.column()).find();
                facts.forEach(f -> owners.add(at(support ? new RoleFact(Role.SUPPORT, f.agency(), f.cue(), f.confidence()) : f,
                        piece.base(), f.agency().start(), f.agency().end())));
                continue;
            }
            if (TASK_COLUMN.matcher(piece.column()).find() && task == null) {
                task = firstSentence(t);
            }
            RoleExtractor.Roles r = roles.extract(t, mentions);
            // an item's closing owner bracket says who owes it; a body its sentences open with (各地要…) is its audience
            List<RoleFact> named = r.bracketOwners().isEmpty() ? r.owners() : r.bracketOwners();
            if (!ownerColumn) {
                named.forEach(f -> owners.add(at(f, piece.base(), f.agency().start(), f.agency().end())));
            }
            r.recipients().forEach(f -> recipients.add(at(f, piece.base(), f.agency().start(), f.agency().end())));
            if (r.recipients().isEmpty() && reading.issuer() != null) {
                UnaddressedReport.standard().in(t).ifPresent(k -> recipients.add(
                        at(new RoleFact(Role.RECIPIENT, reading.issuer(), "issuer", ISSUER), piece.base(), k, k)));
            }
            r.bracketOwners().forEach(f -> brackets.add(at(f, piece.base(), f.agency().start(), f.agency().end())));
            unnamed = unnamed == null ? r.unnamed() : unnamed;
            reading.standing().add(r.standing().stream().map(f -> at(f, piece.base(), f.agency().start(), f.agency().end())).toList(),
                    n.start(), scopeEnd(doc, n));
            deadlines.find(t, reading.when()).forEach(d -> due.add(at(d, piece.base(), d.start(), d.end())));
            thresholds.find(t).forEach(x -> limits.add(at(x, piece.base(), x.start(), x.end())));
            citations.find(t, stretch.preamble()).stream().filter(c -> !isSelf(c, reading.meta()))
                    .forEach(c -> cited.add(at(c, piece.base(), c.start(), c.end())));
        }
        reading.bracketOwners().computeIfAbsent(n, k -> new ArrayList<>()).addAll(brackets);
        boolean headingOnly = n.kind() == Node.Kind.CLAUSE && isHeadingOnly(doc, n);
        boolean obligation = !headingOnly && !(n.kind() == Node.Kind.ROW && !n.children().isEmpty());
        if (obligation) {
            owners.addAll(inherited(n, reading.bracketOwners(), unnamed));
            owners.addAll(reading.standing().at(start));
            if (owners.isEmpty() && !due.isEmpty() && isRequest(doc.text(), start, stretch.end())) {
                // a notice's request that names no one (请…于8月18日前反馈) is made of the bodies it addresses
                owners.addAll(reading.addressees());
            }
        } else {
            owners.clear();
        }
        if (task == null) {
            task = n.parent() != null && n.parent().kind() == Node.Kind.ROW ? null : firstSentence(doc.text().substring(start, stretch.end()));
        }
        List<Located<RoleFact>> uniqueOwners = UnnamedOwners.standard().keepNamed(unique(owners, f -> f.fact().agency().label()));
        obligation &= !uniqueOwners.isEmpty() || !due.isEmpty() || !recipients.isEmpty();
        Tags tags = obligation ? tagger.tag(String.join("\n", pieces.stream().map(TextPiece::text).toList()), headings(n))
                : new Tags(java.util.Set.of(), java.util.Set.of());
        return new NodeFacts(n, start, stretch.end(), task, obligation, uniqueOwners, unique(recipients, f -> f.fact().agency().label()),
                due, limits, cited, tags);
    }

    /**
     * The issuer as a body: as the lexicon names it when it reads the whole name as one body, else as signed (an
     * issuer is a body even when the lexicon lacks it); none for a joint issue, which has no one receiver.
     */
    private AgencyMention issuer(DocumentMetadata meta) {
        String name = meta.issuer();
        if (name == null || name.isBlank() || name.contains("|")) {
            return null;
        }
        List<AgencyMention> found = agencies.find(name, meta.jurisdiction());
        if (found.size() == 1 && found.get(0).start() == 0 && found.get(0).end() == name.length()) {
            return found.get(0);
        }
        return found.size() > 1 ? null : new AgencyMention(0, name.length(), name, name, AgencyMention.Kind.AGENCY,
                meta.jurisdiction() == null ? null : meta.jurisdiction().code());
    }

    /** Headings above a node, nearest last; a table's caption counts as the heading of its rows. */
    private static List<String> headings(Node n) {
        List<String> out = new ArrayList<>();
        for (Node a = n.parent(); a != null; a = a.parent()) {
            String h = a.kind() == Node.Kind.TABLE ? a.caption() : a.heading();
            if (h != null) {
                out.add(0, h);
            }
        }
        return out;
    }

    /**
     * Bodies a responsibility bracket of the nearest ancestor that has one assigns to this item; they take the role
     * the item gives its unnamed body (协助A做好…: support), when it gives one.
     */
    private static List<Located<RoleFact>> inherited(Node n, Map<Node, List<Located<RoleFact>>> bracketOwners, Role unnamed) {
        for (Node a = n.parent(); a != null; a = a.parent()) {
            List<Located<RoleFact>> b = bracketOwners.get(a);
            if (b != null && !b.isEmpty()) {
                return b.stream().map(l -> new Located<>(unnamed == null ? l.fact().inherited() : l.fact().inherited().as(unnamed),
                        l.start(), l.end())).toList();
            }
        }
        return List.of();
    }

    /** Where a note's section ends: a heading's own items, else the rest of the section holding the note. */
    private static int scopeEnd(ParsedDocument doc, Node n) {
        Node s = n.children().isEmpty() ? n.parent() : n;
        if (s == null) {
            return doc.text().length();
        }
        while (!s.children().isEmpty()) {
            s = s.children().get(s.children().size() - 1);
        }
        return s.end();
    }

    private static boolean isHeadingOnly(ParsedDocument doc, Node n) {
        String rest = doc.textOf(n).substring(n.marker() == null ? 0 : Math.min(n.marker().length(), doc.textOf(n).length())).strip();
        int stop = rest.indexOf('。');
        // a sentence ending in a colon introduces its sub-items and may name who carries them out
        boolean introduces = rest.endsWith("：") || rest.endsWith(":");
        return rest.length() <= 60 && (stop < 0 || stop == rest.length() - 1) && !introduces && !n.children().isEmpty();
    }

    private static List<TextPiece> pieces(ParsedDocument doc, Node n) {
        if (n.kind() != Node.Kind.ROW) {
            return List.of(new TextPiece(doc.textOf(n), n.start(), TextPiece.NONE));
        }
        return n.cells().stream().map(c -> new TextPiece(doc.text().substring(c.start(), c.end()), c.start(), c.column())).toList();
    }

    /** Whether the sentence that holds a stretch asks (现将…送贵单位会签，请…于8月18日前反馈). */
    private static boolean isRequest(String text, int start, int end) {
        int from = Math.max(text.lastIndexOf('。', Math.max(0, start - 1)), text.lastIndexOf('\n', Math.max(0, start - 1))) + 1;
        return text.substring(from, end).contains(REQUEST);
    }

    private static boolean isSelf(Citation c, DocumentMetadata meta) {
        if (c.title() == null || c.number() != null) {
            return false;
        }
        String t = compact(c.title());
        return t.equals(compact(meta.title())) || meta.alternativeTitle() != null && t.equals(compact(meta.alternativeTitle()));
    }

    private static String compact(String s) {
        return s.replaceAll("[\\s\\u3000]", "");
    }

    private static String firstSentence(String t) {
        String s = t.strip();
        int stop = s.indexOf('。');
        return (stop > 0 ? s.substring(0, stop) : s).replaceAll("\\s+", " ");
    }

    private static <T> Located<T> at(T fact, int base, int start, int end) {
        return new Located<>(fact, base + start, base + end);
    }

    private static <T> List<T> unique(List<T> items, Function<T, String> key) {
        Map<String, T> seen = new LinkedHashMap<>();
        items.forEach(i -> seen.putIfAbsent(key.apply(i), i));
        return new ArrayList<>(seen.values());
    }
}
