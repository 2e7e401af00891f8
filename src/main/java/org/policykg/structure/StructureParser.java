package org.policykg.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.policykg.structure.DocumentParts.Part;

/**
 * Turns the text of one official document into its head and its tree of subdivisions. Pure and
 * thread-safe: the same text always gives the same tree.
 */
public final class StructureParser {

    /** The gap between two issuers signing on one line: a full-width space or a run of blanks. */
    private static final Pattern ISSUER_GAP = Pattern.compile("[\\s\\u3000]*\\u3000[\\s\\u3000]*|\\s{2,}");

    private final OutlineMarkers markers;
    private final DocumentParts parts;
    private final TitleBlock titles;
    private final Reflow reflow;

    public StructureParser() {
        this.markers = OutlineMarkers.standard();
        this.parts = new DocumentParts();
        this.titles = new TitleBlock(markers, parts);
        this.reflow = new Reflow(markers, parts);
    }

    /**
     * Parses the text after restoring the line breaks of a flattened document ({@link Reflow}); the parsed
     * document's text is that reflowed text, and every offset downstream refers to it.
     */
    public ParsedDocument parse(String source) {
        String text = reflow.apply(source);
        List<Line> lines = Line.split(text);
        HeadBuilder head = new HeadBuilder();
        int body = titles.read(lines, text, head);
        Body b = new Body(text, lines, head);
        int planTitle = titles.embeddedPlanTitle(lines, body, head);
        if (planTitle >= 0) {
            // the plan may follow as an attachment (附件1 / title) or straight after the notice (title only)
            int label = previousNonBlank(lines, planTitle);
            boolean attached = label >= body && parts.match(lines.get(label).content())
                    .map(m -> m.part() == Part.ATTACHMENT_LABEL).orElse(false);
            int noticeEnd = attached ? label : planTitle;
            Line first = lines.get(b.nextNonBlank(body, noticeEnd));
            Node notice = new Node(Node.Kind.NOTICE, "通知", "n", first.contentStart(), first.contentEnd());
            b.attach(null, notice);
            b.container = notice;
            b.run(body, noticeEnd);
            b.container = null;
            b.stack.clear();
            b.lastText = null;
            body = attached ? label : planTitle + 1;
        }
        b.run(body, lines.size());
        return new ParsedDocument(text, head.build(), b.roots);
    }

    /** The codes a parent's children have taken, where each code's suffix search resumes, and its paragraphs. */
    private static final class Siblings {
        final Set<String> codes = new HashSet<>();
        final Map<String, Integer> nextSuffix = new HashMap<>();
        int paragraphs;
    }

    /** The walk over the body lines; keeps the open outline items on a stack. */
    private final class Body {
        final String text;
        final List<Line> lines;
        final HeadBuilder head;
        final List<Node> roots = new ArrayList<>();
        final List<Node> stack = new ArrayList<>();
        /** Per parent (null: the roots), what its children's codes and paragraph numbers need; parsing stays linear. */
        final Map<Node, Siblings> siblingsOf = new IdentityHashMap<>();
        Node container;
        Node lastText;
        Span caption;
        int tables;
        int attachments;

        Body(String text, List<Line> lines, HeadBuilder head) {
            this.text = text;
            this.lines = lines;
            this.head = head;
        }

        void run(int from, int to) {
            int k = from;
            while (k < to) {
                Line l = lines.get(k);
                if (l.tabbed()) {
                    k = table(k);
                    continue;
                }
                if (l.blank()) {
                    k++;
                    continue;
                }
                k = line(l, k, to);
            }
            // a notice has no line of its own, so it spans its paragraphs; an attachment, like a numbered item,
            // spans only its own lines (label and title), else its text would repeat every table row under it
            if (container != null && container.kind() == Node.Kind.NOTICE) {
                container.end = Math.max(container.end, lastEndOf(container));
            }
        }

        private int line(Line l, int k, int to) {
            String c = l.content();
            // an export note stands above the document; in the body a 【…】 line is text (【专栏1】)
            Optional<DocumentParts.Match> part = parts.match(c).filter(p -> p.part() != Part.EXPORT_NOTE);
            if (part.isPresent() && part.get().part() != Part.DATE) {
                return part(part.get(), l, k, to);
            }
            if (part.isPresent()) {
                head.date(part.get().value());
                lastText = null;
                return k + 1;
            }
            int signed = signatureEnd(k, to);
            if (signed > k) {
                head.signature(issuers(k, signed));
                lastText = null;
                return signed;
            }
            Optional<OutlineMarkers.Marker> marker = markers.match(c);
            if (marker.isPresent()) {
                clause(l, marker.get());
            } else if (lastText != null && continues(lastText)) {
                lastText.end = l.contentEnd();
            } else {
                paragraph(l);
            }
            return k + 1;
        }

        private int part(DocumentParts.Match m, Line l, int k, int to) {
            lastText = null;
            switch (m.part()) {
                case COPY_TO -> head.copyTo = m.value();
                case PUBLICITY -> head.publicity = m.value();
                case PRINTED_BY -> head.printedBy = m.value();
                case ATTACHMENT_NOTE -> {
                    StringBuilder note = new StringBuilder(m.value());
                    int j = k + 1;
                    while (j < to && !lines.get(j).blank() && markers.match(lines.get(j).content()).isPresent()
                            && !TitleBlock.isSentence(lines.get(j).content())) {
                        note.append('\n').append(lines.get(j).content());
                        j++;
                    }
                    head.attachmentNote = note.toString();
                    return j;
                }
                case ATTACHMENT_LABEL -> {
                    attachments++;
                    String label = m.value().replaceAll("\\s+", "");
                    Node a = new Node(Node.Kind.ATTACHMENT, label, "x" + attachments, l.contentStart(), l.contentEnd());
                    attach(null, a);
                    container = a;
                    stack.clear();
                    int t = nextNonBlank(k + 1, to);
                    if (t < to && !lines.get(t).tabbed() && markers.match(lines.get(t).content()).isEmpty()
                            && !TitleBlock.isSentence(lines.get(t).content())) {
                        a.heading = lines.get(t).content();
                        a.end = lines.get(t).contentEnd();
                        return t + 1;
                    }
                }
                case TABLE_CAPTION -> caption = new Span(m.value(), l.contentStart(), l.contentEnd());
                default -> {
                    // contact lines and seal notes carry no content of the document
                }
            }
            return k + 1;
        }

        private void clause(Line l, OutlineMarkers.Marker m) {
            // an open item of the same kind is a sibling: close it and everything under it;
            // a kind not yet open starts a level under the current item
            for (int i = stack.size() - 1; i >= 0; i--) {
                if (stack.get(i).depthRank == m.kind().rank()) {
                    stack.subList(i, stack.size()).clear();
                    break;
                }
            }
            Node parentNode = stack.isEmpty() ? container : top();
            String seg = m.display();
            Node n = new Node(Node.Kind.CLAUSE, seg, uniqueCode(parentNode, m.kind().code() + m.number()),
                    l.contentStart(), l.contentEnd());
            n.marker = m.written();
            n.depthRank = m.kind().rank();
            n.heading = TitleBlock.heading(l.content().substring(m.length()));
            attach(parentNode, n);
            stack.add(n);
            lastText = n;
        }

        private void paragraph(Line l) {
            Node parentNode = headingAncestor();
            int count = ++siblingsOf.computeIfAbsent(parentNode, k -> new Siblings()).paragraphs;
            Node p = new Node(Node.Kind.PARAGRAPH, "¶" + count, uniqueCode(parentNode, "p" + count), l.contentStart(), l.contentEnd());
            attach(parentNode, p);
            lastText = p;
        }

        private int table(int k) {
            Node parentNode = headingAncestor();
            tables++;
            String seg = caption != null ? captionNumber(caption.text(), tables) : "表" + tables;
            TableParser.Result r = new TableParser(text).parse(lines, k, seg, uniqueCode(parentNode, "t" + tables), caption);
            caption = null;
            attach(parentNode, r.table());
            lastText = null;
            return r.next();
        }

        /** Paragraphs and tables after an item with body text belong to the nearest heading above it. */
        private Node headingAncestor() {
            for (int i = stack.size() - 1; i >= 0; i--) {
                Node n = stack.get(i);
                if (TitleBlock.isHeadingOnly(text.substring(n.start, n.end), n.marker)) {
                    return n;
                }
            }
            return container;
        }

        /** A line broken by a page or line wrap continues its node when that node's text is unfinished. */
        private boolean continues(Node n) {
            // only the length and the last char: a long run of wrapped lines must not be copied once per line
            return n.end - n.start >= 20 && !TitleBlock.endsClosed(text.substring(n.end - 1, n.end));
        }

        /**
         * Where the issuers' signature starting at line k ends (the date line), or k when line k is no signature.
         * Joint documents sign with several bodies, two to a line separated by wide spaces (GB/T 9704-2012 §7.3.5.2).
         */
        private int signatureEnd(int k, int to) {
            int j = k;
            while (j < to && isIssuerLine(lines.get(j).content())) {
                j = nextNonBlank(j + 1, to);
                while (j < to && parts.match(lines.get(j).content()).map(p -> p.part() == Part.SEAL_NOTE).orElse(false)) {
                    j = nextNonBlank(j + 1, to);
                }
            }
            boolean dated = j > k && j < to && parts.match(lines.get(j).content()).map(p -> p.part() == Part.DATE).orElse(false);
            return dated ? j : k;
        }

        private String issuers(int from, int to) {
            List<String> names = new ArrayList<>();
            for (int j = from; j < to; j++) {
                String c = lines.get(j).content();
                if (isIssuerLine(c)) {
                    names.addAll(List.of(ISSUER_GAP.split(c)));
                }
            }
            return String.join("、", names);
        }

        private boolean isIssuerLine(String c) {
            if (c.isEmpty() || TitleBlock.isSentence(c) || parts.match(c).isPresent()) {
                return false;
            }
            return Arrays.stream(ISSUER_GAP.split(c)).allMatch(TitleBlock::looksLikeOrganization)
                    || TitleBlock.looksLikeJointIssuers(c);
        }

        private void attach(Node parentNode, Node child) {
            siblingsOf.computeIfAbsent(parentNode, k -> new Siblings()).codes.add(child.code());
            if (parentNode == null) {
                roots.add(child);
            } else {
                parentNode.add(child);
            }
        }

        /** The first of code, code-2, code-3 … no sibling has; the codes taken are kept per parent, so this is O(1). */
        private String uniqueCode(Node parentNode, String code) {
            Siblings sib = siblingsOf.computeIfAbsent(parentNode, k -> new Siblings());
            int i = sib.nextSuffix.getOrDefault(code, 2);
            String c = code;
            if (sib.codes.contains(c)) {
                while (sib.codes.contains(c = code + "-" + i)) {
                    i++;
                }
                sib.nextSuffix.put(code, i + 1);
            }
            sib.codes.add(c);
            return c;
        }

        private Node top() {
            return stack.get(stack.size() - 1);
        }

        private int nextNonBlank(int k, int to) {
            while (k < to && lines.get(k).blank() && !lines.get(k).tabbed()) {
                k++;
            }
            return k;
        }

        private int lastEndOf(Node n) {
            int e = n.end;
            for (Node c : n.children()) {
                e = Math.max(e, lastEndOf(c));
            }
            return e;
        }
    }

    private static int previousNonBlank(List<Line> lines, int k) {
        int j = k - 1;
        while (j >= 0 && lines.get(j).blank()) {
            j--;
        }
        return j;
    }

    private static String captionNumber(String caption, int ordinal) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^表\\s*([0-9一二三四五六七八九十]+)").matcher(caption);
        return m.find() ? "表" + m.group(1) : "表" + ordinal;
    }
}
