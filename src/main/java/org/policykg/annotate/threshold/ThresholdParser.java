package org.policykg.annotate.threshold;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quantity limits (400立方米及以下, 超过15年, 浴比大于1:10) in policy text, with what they measure and
 * limit, following the "Thresholds" section of CONVENTIONS.md. Word lists come from conventions/threshold-*.tsv.
 * Thread-safe: instances hold only immutable word lists.
 */
public final class ThresholdParser {

    private static final class Standard {
        static final Vocabulary VOCABULARY = Vocabulary.standard();
    }

    private final QuantityScanner scanner;
    private final Attributes attributes;
    private final Subjects subjects;
    private final WordList ands;
    private final WordList ors;

    public ThresholdParser() {
        this(Standard.VOCABULARY);
    }

    ThresholdParser(Vocabulary vocabulary) {
        scanner = new QuantityScanner(vocabulary);
        attributes = new Attributes(vocabulary);
        subjects = new Subjects(vocabulary);
        ands = vocabulary.role("and");
        ors = vocabulary.role("or");
    }

    /** A quantity with its attribute; start includes the attribute. */
    private record Placed(Quantity q, Attributes.Attribute attribute, int start) {}

    public List<Threshold> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String t = TextSpans.asciiDigits(text);
        List<Placed> all = place(t, scanner.scan(t));
        List<Placed> ps = withComparators(t, all);
        int n = ps.size();
        Link[] links = new Link[n];
        for (int i = 0; i < n; i++) {
            links[i] = i + 1 < n ? link(t, ps.get(i), ps.get(i + 1)) : Link.NONE;
        }
        Subjects.Subject[] subject = new Subjects.Subject[n];
        for (int i = n - 1; i >= 0; i--) {
            subject[i] = switch (links[i].kind()) {
                case AND, OR -> subject[i + 1];
                case MODIFIER -> subjects.combine(links[i].modifier(), subject[i + 1]);
                default -> subjects.after(t, ps.get(i).q().end(), i + 1 < n ? ps.get(i + 1).start() : t.length());
            };
        }
        List<Threshold> out = new ArrayList<>(n);
        int group = 0;
        for (int i = 0; i < n; i++) {
            Placed p = ps.get(i);
            int floor = i > 0 ? ps.get(i - 1).q().end() : 0;
            String subjectText = subject[i] != null ? subject[i].text()
                    : p.attribute() == null ? attributes.subjectBefore(t, p.start(), floor) : null;
            out.add(threshold(text, p, subjectText, subject[i] != null ? subject[i].exception() : null, group));
            group += links[i].kind() == Link.Kind.AND ? 0 : 1;
        }
        return List.copyOf(out);
    }

    private List<Placed> place(String t, List<Quantity> qs) {
        List<Placed> out = new ArrayList<>(qs.size());
        for (int i = 0; i < qs.size(); i++) {
            Quantity q = qs.get(i);
            Attributes.Attribute a = attributes.before(t, q.start(), i > 0 ? qs.get(i - 1).end() : 0);
            out.add(new Placed(q, a, a != null ? a.start() : q.start()));
        }
        return out;
    }

    /** A bare quantity listed before one with a comparator shares it (5万标张、3万标张以下); others are no limits. */
    private List<Placed> withComparators(String t, List<Placed> all) {
        Placed[] ps = all.toArray(new Placed[0]);
        for (int i = ps.length - 2; i >= 0; i--) {
            Quantity q = ps[i].q();
            Quantity next = ps[i + 1].q();
            if (q.comparator() == null && next.comparator() != null && q.normUnit().equals(next.normUnit())
                    && link(t, ps[i], ps[i + 1]).kind() == Link.Kind.OR) {
                ps[i] = new Placed(q.withComparator(next.comparator()), ps[i].attribute(), ps[i].start());
            }
        }
        return List.of(ps).stream().filter(p -> p.q().comparator() != null).toList();
    }

    private Link link(String t, Placed a, Placed b) {
        return Link.classify(t.substring(a.q().end(), b.start()), ands, ors, subjects);
    }

    private static Threshold threshold(String text, Placed p, String subject, String exception, int group) {
        Quantity q = p.q();
        String unit = q.unitStart() >= 0 ? text.substring(q.unitStart(), q.unitEnd()) : null;
        return new Threshold(text.substring(p.start(), q.end()), p.start(), q.end(),
                p.attribute() != null ? p.attribute().text() : null, subject, q.comparator(),
                text.substring(q.valueStart(), q.valueEnd()), unit, q.normValue().doubleValue(), q.normUnit(),
                exception, group);
    }
}
