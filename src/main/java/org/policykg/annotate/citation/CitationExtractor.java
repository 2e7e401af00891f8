package org.policykg.annotate.citation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the documents and standards a text cites: titles in 《》, document numbers and standard numbers. A title
 * followed by its number in brackets (《…》（工信部联产业〔2017〕30号）) is one citation; a number or standard on its
 * own is a citation without title. Every occurrence counts; merging repeats is left to the caller. Thread-safe.
 */
public final class CitationExtractor {

    /** A number or standard found in the text, before it is tied to a title. */
    private record Ref(int start, int end, String number, String year, CitationKind kind) {
    }

    private final DocumentNumberFinder numbers;
    private final StandardFinder standards;
    private final TitleExclusions exclusions;

    public CitationExtractor() {
        this(new DocumentNumberFinder(), StandardFinder.standard(), TitleExclusions.standard());
    }

    CitationExtractor(DocumentNumberFinder numbers, StandardFinder standards, TitleExclusions exclusions) {
        this.numbers = numbers;
        this.standards = standards;
        this.exclusions = exclusions;
    }

    /**
     * @param preamble whether the text is the preamble (the paragraph before the first outline item): there every
     *                 cited document is implemented, elsewhere it is cited
     */
    public List<Citation> find(String text, boolean preamble) {
        Relation relation = preamble ? Relation.IMPLEMENTS : Relation.CITES;
        String folded = TextFold.fold(text);
        List<Ref> refs = refs(text, folded);
        List<Ref> free = new ArrayList<>(refs);
        List<Citation> out = new ArrayList<>();
        for (TitleScanner.Title t : TitleScanner.scan(text)) {
            // numbers inside a title are part of its name
            free.removeIf(r -> r.start() > t.start() && r.start() < t.close());
            if (exclusions.excludes(folded, t)) {
                continue;
            }
            Ref r = refAfter(folded, t.end(), free);
            if (r == null) {
                out.add(new Citation(text.substring(t.start(), t.end()), t.start(), t.end(), t.title(), null, null,
                        CitationKind.DOCUMENT, relation));
            } else {
                free.remove(r);
                int end = closingAfter(folded, r.end());
                out.add(new Citation(text.substring(t.start(), end), t.start(), end, t.title(), r.number(), r.year(),
                        r.kind(), relation));
            }
        }
        for (Ref r : free) {
            out.add(new Citation(text.substring(r.start(), r.end()), r.start(), r.end(), null, r.number(), r.year(),
                    r.kind(), relation));
        }
        out.sort(Comparator.comparingInt(Citation::start));
        return out;
    }

    private List<Ref> refs(String text, String folded) {
        List<Ref> all = new ArrayList<>();
        for (DocumentNumberFinder.Match m : numbers.find(text)) {
            all.add(new Ref(m.start(), m.end(), m.normalized(), m.year() == 0 ? null : String.valueOf(m.year()),
                    CitationKind.DOCUMENT));
        }
        for (StandardFinder.Match m : standards.find(folded, text)) {
            all.add(new Ref(m.start(), m.end(), m.normalized(), m.year(), CitationKind.STANDARD));
        }
        all.sort(Comparator.comparingInt(Ref::start));
        List<Ref> disjoint = new ArrayList<>();
        for (Ref r : all) {
            if (disjoint.isEmpty() || r.start() >= disjoint.get(disjoint.size() - 1).end()) {
                disjoint.add(r);
            }
        }
        return disjoint;
    }

    /** The number that opens a bracket right after a title, if any. */
    private static Ref refAfter(String folded, int at, List<Ref> free) {
        int p = skipBlanks(folded, at);
        if (p >= folded.length() || (folded.charAt(p) != '(' && folded.charAt(p) != '[')) {
            return null;
        }
        int inside = skipBlanks(folded, p + 1);
        return free.stream().filter(r -> r.start() == inside).findFirst().orElse(null);
    }

    /** The end of a citation whose number may be followed by the bracket's closing mark. */
    private static int closingAfter(String folded, int at) {
        int p = skipBlanks(folded, at);
        return p < folded.length() && (folded.charAt(p) == ')' || folded.charAt(p) == ']') ? p + 1 : at;
    }

    private static int skipBlanks(String s, int at) {
        int i = at;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
