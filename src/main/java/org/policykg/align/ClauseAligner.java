package org.policykg.align;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Finds, for each clause, the most similar clauses of other documents: TF-IDF over character n-grams of the
 * normalized text (see {@link ClauseNormalizer}), compared by cosine. Character n-grams need no word segmenter and
 * still catch most two- and three-character words. Immutable and thread-safe; {@link #fit} returns a new aligner.
 */
public final class ClauseAligner {

    private final ClauseNormalizer normalizer;
    private final AlignmentSettings settings;
    private final TfIdf model;

    private ClauseAligner(ClauseNormalizer normalizer, AlignmentSettings settings, TfIdf model) {
        this.normalizer = normalizer;
        this.settings = settings;
        this.model = model;
    }

    /** The calibrated aligner of align/alignment.properties. */
    public static ClauseAligner tfidf() {
        return new ClauseAligner(ClauseNormalizer.standard(), AlignmentSettings.standard(), null);
    }

    /** The same method over another n-gram range (with the calibrated threshold and top-k as defaults). */
    public static ClauseAligner tfidf(int minN, int maxN) {
        AlignmentSettings s = AlignmentSettings.standard();
        return new ClauseAligner(ClauseNormalizer.standard(), new AlignmentSettings(s.threshold(), minN, maxN, s.topK()), null);
    }

    /** An aligner whose n-gram weights come from {@code corpus}, for {@link #similarity} on its clauses. */
    public ClauseAligner fit(Collection<ClauseText> corpus) {
        return new ClauseAligner(normalizer, settings, TfIdf.fit(corpus.stream().map(normalizer::normalize).toList(),
                settings.minN(), settings.maxN()));
    }

    public String method() {
        return "tfidf-cosine/char" + settings.minN() + "-" + settings.maxN();
    }

    /** The calibrated score threshold. */
    public double threshold() {
        return settings.threshold();
    }

    /** The calibrated number of matches kept per clause and other document. */
    public int topK() {
        return settings.topK();
    }

    /** Cosine similarity in [0, 1]; an unfitted aligner weighs n-grams on the two clauses alone. */
    public double similarity(ClauseText a, ClauseText b) {
        String x = normalizer.normalize(a);
        String y = normalizer.normalize(b);
        TfIdf m = model != null ? model : TfIdf.fit(List.of(x, y), settings.minN(), settings.maxN());
        return TfIdf.cosine(m.vector(x), m.vector(y));
    }

    /** {@link #align(List, double, int)} with the calibrated threshold and top-k. */
    public List<Alignment> align(List<ClauseText> corpus) {
        return align(corpus, settings.threshold(), settings.topK());
    }

    /**
     * For each clause of {@code corpus}, its matches in every other document scoring at least {@code threshold},
     * at most {@code topK} per document, best first; weights are fitted on {@code corpus}. Results follow the
     * corpus order of sources, then of target documents.
     */
    public List<Alignment> align(List<ClauseText> corpus, double threshold, int topK) {
        List<String> texts = corpus.stream().map(normalizer::normalize).toList();
        TfIdf m = TfIdf.fit(texts, settings.minN(), settings.maxN());
        List<Map<String, Double>> vectors = texts.stream().map(m::vector).toList();
        Postings index = new Postings(vectors);
        Map<String, Integer> docOrder = new HashMap<>();
        corpus.forEach(c -> docOrder.putIfAbsent(c.doc(), docOrder.size()));
        return IntStream.range(0, corpus.size()).parallel()
                .mapToObj(i -> matches(i, corpus, index.scores(vectors.get(i)), docOrder, threshold, topK))
                .flatMap(List::stream)
                .toList();
    }

    private List<Alignment> matches(int source, List<ClauseText> corpus, double[] scores, Map<String, Integer> docOrder,
            double threshold, int topK) {
        ClauseText s = corpus.get(source);
        List<Integer> hits = new ArrayList<>();
        for (int j = 0; j < scores.length; j++) {
            if (scores[j] > 0 && scores[j] >= threshold && !corpus.get(j).doc().equals(s.doc())) {
                hits.add(j);
            }
        }
        hits.sort(Comparator.comparingInt((Integer j) -> docOrder.get(corpus.get(j).doc()))
                .thenComparing(j -> scores[j], Comparator.reverseOrder())
                .thenComparingInt(j -> j));
        List<Alignment> out = new ArrayList<>();
        Map<String, Integer> kept = new HashMap<>();
        for (int j : hits) {
            ClauseText t = corpus.get(j);
            if (kept.merge(t.doc(), 1, Integer::sum) <= topK) {
                out.add(new Alignment(s, t, Math.min(1.0, scores[j]), method()));
            }
        }
        return out;
    }
}
