package org.policykg.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policykg.Samples;
import org.policykg.read.DocumentReader;
import org.policykg.read.Overrides;
import org.policykg.structure.MetadataExtractor;
import org.policykg.structure.ParsedDocument;
import org.policykg.structure.StructureParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Precision and recall of the calibrated aligner on the hand-labelled pairs of align/pairs.tsv. */
class AlignmentQualityTest {

    private static final Logger LOG = LoggerFactory.getLogger(AlignmentQualityTest.class);
    private static final double REQUIRED = 0.9;
    private static final int MAX_TOP_K = 3;

    private static final ClauseAligner ALIGNER = ClauseAligner.tfidf();
    private static List<ClauseText> corpus;
    private static List<Map<String, String>> pairs;

    private record Quality(double precision, double recall) {
        double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    @BeforeAll
    static void parseCorpus() {
        StructureParser parser = new StructureParser();
        MetadataExtractor metadata = new MetadataExtractor(Samples.jurisdictions());
        corpus = new ArrayList<>();
        for (Path file : Samples.documents()) {
            ParsedDocument doc = parser.parse(new DocumentReader().read(file).text());
            corpus.addAll(ClauseTexts.of(file.getFileName().toString(), doc, metadata.extract(doc, Overrides.forSource(file))));
        }
        pairs = Samples.manifest("align/pairs.tsv");
    }

    @Test
    void shouldTakeTableRowsButNotWholeTables() {
        assertThat(corpus).extracting(ClauseText::path).contains("表1/2", "二/（一）/表1/1", "二/（一）/3", "¶1").doesNotContain("表1");
    }

    @Test
    void shouldLabelAtLeastThirtyPairsEachWayOnClausesThatExist() {
        Set<String> keys = corpus.stream().map(c -> key(c.doc(), c.path())).collect(Collectors.toSet());
        assertThat(pairs).allSatisfy(p -> {
            assertThat(keys).contains(key(p.get("sourceFile"), p.get("sourcePath")), key(p.get("targetFile"), p.get("targetPath")));
            assertThat(p.get("sourceFile")).isNotEqualTo(p.get("targetFile"));
        });
        assertThat(pairs.stream().filter(p -> p.get("label").equals("1"))).hasSizeGreaterThanOrEqualTo(30);
        assertThat(pairs.stream().filter(p -> p.get("label").equals("0"))).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void shouldAlignTheLabelledPairsWithPrecisionAndRecallOfAtLeastNinetyPercent() {
        Set<String> found = found(ALIGNER.align(corpus), ALIGNER.threshold());
        Quality q = quality(found);
        LOG.info("clause alignment ({}, threshold {}, top {} per document) on {} labelled pairs: precision {}, recall {}, F1 {}",
                ALIGNER.method(), ALIGNER.threshold(), ALIGNER.topK(), pairs.size(), round(q.precision()), round(q.recall()), round(q.f1()));
        pairs.stream().filter(p -> found.contains(pairKey(p)) != p.get("label").equals("1"))
                .forEach(p -> LOG.info("  wrong: label {} {} {} ~ {} {} ({})", p.get("label"), p.get("sourceFile"), p.get("sourcePath"),
                        p.get("targetFile"), p.get("targetPath"), p.get("note")));
        assertThat(q.precision()).as("precision").isGreaterThanOrEqualTo(REQUIRED);
        assertThat(q.recall()).as("recall").isGreaterThanOrEqualTo(REQUIRED);
    }

    @Test
    void shouldStoreTheThresholdAndTopKThatMaximizeF1() {
        Map<String, Double> f1 = new TreeMap<>();
        for (int k = 1; k <= MAX_TOP_K; k++) {
            List<Alignment> all = ALIGNER.align(corpus, 0.0, k);
            for (int t = 1; t < 100; t++) {
                f1.put(setting(t / 100.0, k), quality(found(all, t / 100.0)).f1());
            }
        }
        double best = f1.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        List<String> argmax = f1.keySet().stream().filter(s -> f1.get(s) == best).toList();
        LOG.info("best F1 {} at {}", round(best), argmax);
        assertThat(argmax).contains(setting(ALIGNER.threshold(), ALIGNER.topK()));
    }

    private static String setting(double threshold, int topK) {
        return String.format("top %d, threshold %.2f", topK, threshold);
    }

    /** The labelled pairs found in either direction at or above {@code threshold}. */
    private static Set<String> found(List<Alignment> alignments, double threshold) {
        Set<String> found = new TreeSet<>();
        for (Alignment a : alignments) {
            if (a.score() >= threshold) {
                String s = key(a.source().doc(), a.source().path());
                String t = key(a.target().doc(), a.target().path());
                found.add(s + "|" + t);
                found.add(t + "|" + s);
            }
        }
        return found;
    }

    private static Quality quality(Set<String> found) {
        int truePositive = 0;
        int falsePositive = 0;
        int positives = 0;
        for (Map<String, String> p : pairs) {
            boolean positive = p.get("label").equals("1");
            boolean hit = found.contains(pairKey(p));
            positives += positive ? 1 : 0;
            truePositive += positive && hit ? 1 : 0;
            falsePositive += !positive && hit ? 1 : 0;
        }
        double precision = truePositive + falsePositive == 0 ? 0 : (double) truePositive / (truePositive + falsePositive);
        return new Quality(precision, (double) truePositive / positives);
    }

    private static String pairKey(Map<String, String> p) {
        return key(p.get("sourceFile"), p.get("sourcePath")) + "|" + key(p.get("targetFile"), p.get("targetPath"));
    }

    private static String key(String doc, String path) {
        return doc + "#" + path;
    }

    private static String round(double x) {
        return String.format("%.3f", x);
    }
}
