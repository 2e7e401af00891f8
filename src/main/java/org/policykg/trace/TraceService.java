package org.policykg.trace;

import static org.policykg.query.Solutions.textOrNull;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.policykg.align.TextDiff;
import org.policykg.correct.CorrectionLayer;
import org.policykg.query.DocumentResolver;
import org.policykg.query.QueryCatalog;
import org.policykg.query.QueryRunner;
import org.policykg.rdf.ELI;
import org.policykg.rdf.PKG;
import org.policykg.store.KgStore;
import org.springframework.stereotype.Component;
import org.policykg.rdf.PROV;

/**
 * Traces a clause up its document chain with queries/trace.rq, and says for each aligned clause what the clause
 * below it changed: a phrase diff ({@link TextDiff}) and the owners, deadlines and thresholds that differ.
 */
@Component
public class TraceService {

    private final KgStore store;
    private final QueryCatalog catalog;
    private final QueryRunner runner;
    private final DocumentResolver documents;
    /** The facts compared level by level are read in the view queries have (corrected, or --as-extracted). */
    private final CorrectionLayer corrections;

    TraceService(KgStore store, QueryCatalog catalog, QueryRunner runner, DocumentResolver documents, CorrectionLayer corrections) {
        this.store = store;
        this.catalog = catalog;
        this.runner = runner;
        this.documents = documents;
        this.corrections = corrections;
    }

    /**
     * The clause at an outline path (二/（一）/3, with full- or half-width brackets) of a document given as the
     * user names it (IRI, number, file name or part of the title).
     */
    public String clause(String document, String path) {
        String doc = documents.resolve(document);
        String wanted = pathKey(path);
        return store.read(ds -> {
            Model m = ds.getUnionModel();
            Resource d = m.createResource(doc);
            for (Resource c : m.listSubjectsWithProperty(PKG.inDocument, d).toList()) {
                Statement p = c.getProperty(PKG.path);
                if (p != null && pathKey(p.getString()).equals(wanted)) {
                    return c.getURI();
                }
            }
            Statement title = d.getProperty(ELI.title);
            throw new UnknownClauseException("no clause '" + path + "' in " + (title == null ? doc : title.getString())
                    + " (paths look like 二/（一）/3, 表1/2 or ¶1; see: query clauses --param doc=…)");
        });
    }

    public Trace trace(String clauseIri) {
        if (!store.read(ds -> ds.getUnionModel().contains(ds.getUnionModel().createResource(clauseIri), PKG.path))) {
            throw new UnknownClauseException("no clause <" + clauseIri + "> in the store");
        }
        ResultSetRewindable rs = runner.select(catalog.get("trace"), Map.of("start", clauseIri));
        List<QuerySolution> rows = new ArrayList<>();
        rs.forEachRemaining(rows::add);
        return store.read(ds -> new Trace(clauseIri, steps(corrections.union(store), rows)));
    }

    private static List<TraceStep> steps(Model m, List<QuerySolution> rows) {
        Map<String, String> texts = new LinkedHashMap<>();
        rows.stream().filter(r -> r.contains("clause")).forEach(r -> texts.putIfAbsent(textOrNull(r, "clause"), textOrNull(r, "text")));
        List<TraceStep> steps = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            QuerySolution r = rows.get(i);
            String clause = textOrNull(r, "clause");
            String below = i == 0 || clause == null ? null : below(m, clause, texts);
            List<TextDiff.Edit> changes = below == null ? List.of() : TextDiff.diff(texts.get(clause), texts.get(below));
            List<FactChange> facts = below == null ? List.of()
                    : ClauseFacts.changes(ClauseFacts.of(m, m.createResource(clause)), ClauseFacts.of(m, m.createResource(below)));
            String doc = textOrNull(r, "doc");
            steps.add(new TraceStep(textOrNull(r, "level"), doc, textOrNull(r, "number"), textOrNull(r, "title"),
                    !m.contains(m.createResource(doc), RDF.type, PKG.PolicyDocument), clause, textOrNull(r, "path"),
                    r.contains("score") ? r.getLiteral("score").getDouble() : null, textOrNull(r, "text"), below, changes, facts));
        }
        return steps;
    }

    /** The clause of the trace aligned with {@code clause} from below with the best score. */
    private static String below(Model m, String clause, Map<String, String> inTrace) {
        String best = null;
        double bestScore = -1;
        for (Resource a : m.listSubjectsWithProperty(PROV.entity, m.createResource(clause)).toList()) {
            Statement score = a.getProperty(PKG.score);
            for (Resource child : m.listSubjectsWithProperty(PROV.qualifiedDerivation, a).toList()) {
                boolean better = score != null && (score.getDouble() > bestScore
                        || score.getDouble() == bestScore && child.getURI().compareTo(best) < 0);
                if (better && inTrace.containsKey(child.getURI())) {
                    best = child.getURI();
                    bestScore = score.getDouble();
                }
            }
        }
        return best;
    }

    private static String pathKey(String path) {
        return Normalizer.normalize(path, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }
}
