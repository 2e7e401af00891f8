package org.policykg.link;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.policykg.align.Alignment;
import org.policykg.align.ClauseAligner;
import org.policykg.align.ClauseText;
import org.policykg.rdf.Iris;
import org.policykg.rdf.PKG;
import org.policykg.rdf.PROV;

/**
 * Aligns each document's clauses with those of its parent documents ({@link ParentDocuments}) and writes every
 * match as a qualified derivation of the lower clause from the higher one:
 * {@code child prov:qualifiedDerivation [prov:entity parent; pkg:score]} and {@code child pkg:alignedWith parent}.
 * The node's types and method (one value for every alignment: the aligner's name) are left out: nothing reads them,
 * and they were three of seven quads per alignment. Documents are aligned in {@link AlignmentBatch}es, which run in
 * parallel; a batch's result depends on its documents alone. Alignment IRIs hash the two clause IRIs, so a rerun
 * gives the same nodes.
 */
final class ClauseAlignments {

    private final ClauseAligner aligner;

    ClauseAlignments(ClauseAligner aligner) {
        this.aligner = aligner;
    }

    /**
     * Aligns {@code batches} (their documents' clauses read into {@code corpus}) and writes the alignments into
     * {@code out}; returns how many.
     */
    int write(StoredCorpus corpus, List<AlignmentBatch> batches, Map<String, List<String>> parents, Model out) {
        Map<String, List<ClauseText>> byDoc = new LinkedHashMap<>();
        corpus.clauses().forEach(c -> byDoc.computeIfAbsent(c.doc(), k -> new ArrayList<>()).add(c));
        List<List<Alignment>> found = batches.parallelStream().map(b -> batch(b, parents, byDoc)).toList();
        int n = 0;
        for (List<Alignment> batch : found) {
            for (Alignment a : batch) {
                write(out, corpus.clauseIri(a.source()), corpus.clauseIri(a.target()), a);
            }
            n += batch.size();
        }
        return n;
    }

    /** The alignments of some documents' clauses with their parents' clauses, each pair once, child as source. */
    private List<Alignment> batch(AlignmentBatch b, Map<String, List<String>> parents, Map<String, List<ClauseText>> byDoc) {
        List<String> children = b.children();
        List<ClauseText> group = new ArrayList<>();
        b.docs().forEach(d -> group.addAll(byDoc.getOrDefault(d, List.of())));
        Map<String, Alignment> pairs = new LinkedHashMap<>();
        for (Alignment a : aligner.align(group)) {
            // either direction counts, as in the calibration: the best parent clause of a child clause, and the best
            // child clause of a parent clause
            String s = a.source().doc();
            String t = a.target().doc();
            boolean down = children.contains(s) && parents.get(s).contains(t);
            boolean up = !down && children.contains(t) && parents.get(t).contains(s);
            if (down || up) {
                ClauseText child = down ? a.source() : a.target();
                ClauseText parent = down ? a.target() : a.source();
                pairs.putIfAbsent(child.doc() + '\u0000' + child.path() + '\u0000' + parent.doc() + '\u0000' + parent.path(),
                        new Alignment(child, parent, a.score(), a.method()));
            }
        }
        return List.copyOf(pairs.values());
    }

    private static void write(Model out, String child, String parent, Alignment a) {
        Resource c = out.createResource(child);
        Resource r = out.createResource(parent);
        Resource node = out.createResource(Iris.alignment(child, parent))
                .addProperty(PROV.entity, r)
                .addLiteral(PKG.score, out.createTypedLiteral(score(a.score()), XSDDatatype.XSDdecimal));
        c.addProperty(PROV.qualifiedDerivation, node);
        c.addProperty(PKG.alignedWith, r);
    }

    /**
     * The score to three places in the canonical xsd:decimal form (0.2, 1.0), the form TDB2 gives back; any other
     * form would not compare equal to the stored one when the graph is updated by difference.
     */
    static String score(double score) {
        String s = BigDecimal.valueOf(score).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return s.contains(".") ? s : s + ".0";
    }
}
