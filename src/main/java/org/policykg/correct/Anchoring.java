package org.policykg.correct;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.policykg.align.ClauseAligner;
import org.policykg.align.ClauseText;

/**
 * Places a correction on an obligation of the document as it is stored now: where it was made (same clause path,
 * same place in the clause, same text), else on the obligation whose text is most like the one it was made on (the
 * clause alignment the trace uses), else nowhere: it is orphaned, and listed as such.
 */
final class Anchoring {

    enum Status { ANCHORED, REANCHORED, ORPHANED }

    /** Where a correction applies now: its target (null when orphaned), how it was found and the text similarity. */
    record Placement(Correction correction, Target target, Status status, double score) {}

    private static final String SETTINGS = "correct/anchoring.properties";

    private final ClauseAligner aligner;
    private final double threshold;

    Anchoring(ClauseAligner aligner, double threshold) {
        this.aligner = aligner;
        this.threshold = threshold;
    }

    /** The calibrated aligner and the threshold of correct/anchoring.properties. */
    static Anchoring standard() {
        Properties p = new Properties();
        try (InputStream in = Anchoring.class.getClassLoader().getResourceAsStream(SETTINGS)) {
            if (in == null) {
                throw new IllegalStateException("missing on classpath: " + SETTINGS);
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Anchoring(ClauseAligner.tfidf(), Double.parseDouble(p.getProperty("reanchor")));
    }

    /** Places {@code c} among the obligations of its document ({@code targets}, empty when it is not stored). */
    Placement place(Correction c, List<Target> targets) {
        String text = same(c.anchorText());
        Optional<Target> exact = targets.stream()
                .filter(t -> t.path().equals(c.path()) && t.task() == c.task() && same(t.text()).equals(text)).findFirst();
        if (exact.isPresent()) {
            return new Placement(c, exact.get(), Status.ANCHORED, 1.0);
        }
        Optional<Target> moved = targets.stream().filter(t -> same(t.text()).equals(text)).findFirst();
        if (moved.isPresent()) {
            return new Placement(c, moved.get(), Status.REANCHORED, 1.0);
        }
        if (targets.isEmpty() || text.isEmpty()) {
            return new Placement(c, null, Status.ORPHANED, 0);
        }
        List<ClauseText> texts = targets.stream().map(t -> clause(t.path(), t.text())).toList();
        ClauseAligner fitted = aligner.fit(texts);
        ClauseText anchor = clause(c.path(), c.anchorText());
        Target best = null;
        double top = -1;
        for (Target t : targets.stream().sorted(Comparator.comparing((Target t) -> !t.path().equals(c.path()))).toList()) {
            double s = fitted.similarity(anchor, clause(t.path(), t.text()));
            if (s > top) {
                top = s;
                best = t;
            }
        }
        return top >= threshold ? new Placement(c, best, Status.REANCHORED, top) : new Placement(c, null, Status.ORPHANED, top);
    }

    private static ClauseText clause(String path, String text) {
        return new ClauseText("doc", path, text, null, null, null);
    }

    /** Text compared for equality: layout (spaces, line breaks) does not count. */
    private static String same(String text) {
        return text == null ? "" : text.replaceAll("[\\s\\u3000]+", "");
    }
}
