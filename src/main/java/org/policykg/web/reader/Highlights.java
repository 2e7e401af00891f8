package org.policykg.web.reader;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Lays the facts and the subdivisions' starts over the source text as a tree of {@link Piece}s. Spans count code
 * points (as the graph stores them) and are turned into the string's char indices here. Facts of one span become one
 * highlight; a span inside another nests in it; one that crosses another's end is cut there (its tooltip still
 * names the whole fact), since marks cannot overlap in HTML. A corrected fact of no width ({@link Highlight#badge})
 * comes before the marks starting at its place, so that it is not nested in them.
 */
final class Highlights {

    /** A subdivision's start (code points) and its anchor. */
    record Start(int at, Piece.Anchor anchor) {}

    private Highlights() {
    }

    static List<Piece> lay(String text, List<Fact> facts, List<Start> starts, Function<Fact, String> hrefOf) {
        int[] chars = charIndexOfCodePoint(text);
        int length = chars.length - 1;
        List<Highlight> marks = group(facts, length, hrefOf);
        Piece root = Piece.highlight(new Highlight("", 0, length, List.of(), null));
        Deque<Piece> open = new ArrayDeque<>();
        open.push(root);
        int pos = 0;
        List<Object> items = new ArrayList<>(starts);
        items.addAll(marks);
        items.sort(Comparator.comparingInt(Highlights::begin)
                .thenComparingInt(i -> i instanceof Start ? 0 : begin(i) == finish(i) ? 1 : 2)
                .thenComparing(Comparator.comparingInt(Highlights::finish).reversed()));
        for (Object item : items) {
            int at = Math.min(begin(item), length);
            while (open.size() > 1 && open.peek().highlight().end() <= at) {
                pos = close(open, text, chars, pos);
            }
            pos = append(open.peek(), text, chars, pos, at);
            if (item instanceof Start s) {
                open.peek().children().add(Piece.anchor(s.anchor()));
            } else {
                Highlight h = (Highlight) item;
                int end = Math.min(h.end(), open.peek().highlight().end());
                Piece mark = Piece.highlight(new Highlight(h.id(), h.start(), end, h.facts(), h.href()));
                open.peek().children().add(mark);
                open.push(mark);
            }
        }
        while (open.size() > 1) {
            pos = close(open, text, chars, pos);
        }
        append(root, text, chars, pos, length);
        return root.children();
    }

    /** Facts of one span as one highlight, numbered in text order; a fact outside the text, or of no width unless a person's, is left out. */
    private static List<Highlight> group(List<Fact> facts, int length, Function<Fact, String> hrefOf) {
        Map<List<Integer>, List<Fact>> bySpan = new LinkedHashMap<>();
        facts.stream().filter(f -> f.start() >= 0 && (f.start() < f.end() || f.corrected() != null) && f.end() <= length)
                .sorted(Comparator.comparingInt(Fact::start).thenComparing(Comparator.comparingInt(Fact::end).reversed()))
                .forEach(f -> {
                    List<Fact> same = bySpan.computeIfAbsent(List.of(f.start(), f.end()), k -> new ArrayList<>());
                    if (!same.contains(f)) {
                        same.add(f);
                    }
                });
        List<Highlight> out = new ArrayList<>();
        bySpan.forEach((span, fs) -> out.add(new Highlight("fact-" + (out.size() + 1), span.get(0), span.get(1), List.copyOf(fs),
                fs.stream().filter(f -> f.kind().equals("citation")).findFirst().map(hrefOf).orElse(null))));
        return out;
    }

    private static int close(Deque<Piece> open, String text, int[] chars, int pos) {
        Piece top = open.pop();
        return append(top, text, chars, pos, top.highlight().end());
    }

    private static int append(Piece into, String text, int[] chars, int from, int to) {
        if (to > from) {
            into.children().add(Piece.text(text.substring(chars[from], chars[to])));
            return to;
        }
        return from;
    }

    private static int begin(Object item) {
        return item instanceof Start s ? s.at() : ((Highlight) item).start();
    }

    private static int finish(Object item) {
        return item instanceof Start s ? s.at() : ((Highlight) item).end();
    }

    /** chars[i] is the char index of code point i; chars[count] is the string's length. */
    private static int[] charIndexOfCodePoint(String text) {
        int[] chars = new int[text.codePointCount(0, text.length()) + 1];
        int c = 0;
        for (int i = 0; i < chars.length - 1; i++) {
            chars[i] = c;
            c += Character.charCount(text.codePointAt(c));
        }
        chars[chars.length - 1] = text.length();
        return chars;
    }
}
