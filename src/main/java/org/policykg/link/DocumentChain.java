package org.policykg.link;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.policykg.gazetteer.Jurisdiction;
import org.policykg.gazetteer.Level;
import org.policykg.rdf.ELI;
import org.policykg.rdf.Iris;
import org.policykg.rdf.PKG;

/**
 * Ties cited documents to stored ones. A stub whose number equals a stored document's number, or else whose title
 * matches exactly one stored document's title or covering-notice title (see {@link TitleKeys}), is that document:
 * {@code stub owl:sameAs doc}, and each citing document gets the direct edge (eli:ensures_implementation_of or
 * eli:cites) to it, so the chain runs on through the stored document's own citations. A stub that stays a stub
 * gets the level it can be placed at ({@link StubLevels}).
 */
final class DocumentChain {

    /** What was written, and the stored documents each stored document implements directly. */
    record Result(int sameAs, int edges, int stubLevels, Map<String, Set<String>> implemented) {}

    private final StubLevels levels;

    DocumentChain(StubLevels levels) {
        this.levels = levels;
    }

    Result link(StoredCorpus corpus, Model out) {
        Map<String, CorpusDocument> docs = new LinkedHashMap<>();
        corpus.documents().forEach(d -> docs.put(d.iri(), d));
        Map<String, Set<String>> byNumber = index(corpus.documents(), true);
        Map<String, Set<String>> byTitle = index(corpus.documents(), false);
        Map<String, String> same = new HashMap<>();
        int stubLevels = 0;
        for (CitedStub stub : corpus.stubs().values()) {
            Optional<String> doc = match(stub, byNumber, byTitle);
            if (doc.isPresent()) {
                same.put(stub.iri(), doc.get());
                out.add(out.createResource(stub.iri()), OWL.sameAs, out.createResource(doc.get()));
                continue;
            }
            Optional<Level> level = levels.of(stub, citingPlaces(stub, docs));
            if (level.isPresent()) {
                out.add(out.createResource(stub.iri()), PKG.level, out.createResource(Iris.level(level.get())));
                stubLevels++;
            }
        }
        Map<String, Set<String>> implemented = new LinkedHashMap<>();
        int edges = 0;
        for (CitationEdge e : corpus.citations()) {
            String target = same.get(e.stub());
            if (target == null || target.equals(e.citing())) {
                continue;
            }
            Resource citing = out.createResource(e.citing());
            out.add(citing, e.implementsIt() ? ELI.ensures_implementation_of : ELI.cites, out.createResource(target));
            edges++;
            if (e.implementsIt()) {
                implemented.computeIfAbsent(e.citing(), k -> new LinkedHashSet<>()).add(target);
            }
        }
        return new Result(same.size(), edges, stubLevels, implemented);
    }

    /** The one stored document a stub is; a number decides before a title, and an ambiguous title decides nothing. */
    private static Optional<String> match(CitedStub stub, Map<String, Set<String>> byNumber, Map<String, Set<String>> byTitle) {
        Set<String> hits = stub.numbers().stream().map(TitleKeys::fold)
                .flatMap(n -> byNumber.getOrDefault(n, Set.of()).stream()).collect(Collectors.toSet());
        if (hits.isEmpty()) {
            hits = stub.titles().stream().flatMap(t -> TitleKeys.of(t).stream())
                    .flatMap(k -> byTitle.getOrDefault(k, Set.of()).stream()).collect(Collectors.toSet());
        }
        return hits.size() == 1 ? Optional.of(hits.iterator().next()) : Optional.empty();
    }

    private static Map<String, Set<String>> index(List<CorpusDocument> docs, boolean numbers) {
        Map<String, Set<String>> index = new HashMap<>();
        for (CorpusDocument d : docs) {
            Set<String> keys = new LinkedHashSet<>();
            if (numbers && d.number() != null) {
                keys.add(TitleKeys.fold(d.number()));
            }
            if (!numbers) {
                keys.addAll(TitleKeys.of(d.title()));
                keys.addAll(TitleKeys.of(d.alternativeTitle()));
            }
            keys.forEach(k -> index.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(d.iri()));
        }
        return index;
    }

    private static List<Jurisdiction> citingPlaces(CitedStub stub, Map<String, CorpusDocument> docs) {
        return stub.citedBy().stream().map(docs::get).filter(d -> d != null && d.jurisdiction() != null)
                .map(CorpusDocument::jurisdiction).toList();
    }
}
