package org.policykg.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policykg.Samples;
import org.policykg.align.ClauseAligner;
import org.policykg.align.ClauseTexts;
import org.policykg.ingest.IngestListener;
import org.policykg.ingest.IngestService;
import org.policykg.read.DocumentReader;
import org.policykg.read.Overrides;
import org.policykg.rdf.Iris;
import org.policykg.rdf.ReferenceData;
import org.policykg.structure.MetadataExtractor;
import org.policykg.structure.ParsedDocument;
import org.policykg.structure.StructureParser;
import org.policykg.store.KgStore;
import org.policykg.rdf.PKG;

/** The cross-document pass on the sample corpus, run the way ingest runs it. */
class CrossDocumentLinkerTest {

    private static final String PREFIXES = """
            PREFIX eli: <http://data.europa.eu/eli/ontology#>
            PREFIX pkg: <https://w3id.org/policykg/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            """;
    private static KgStore store;
    private static LinkReport report;

    @BeforeAll
    static void ingest() {
        store = KgStore.inMemory();
        new IngestService(Samples.pipeline(), store, new CrossDocumentLinker(Samples.jurisdictions()))
                .ingest(List.of(Samples.CORPUS), IngestListener.NONE);
        report = new CrossDocumentLinker(Samples.jurisdictions()).link(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** Rows of a SELECT, each as "a|b|…" over the projected variables. */
    private static List<String> select(String query) {
        return store.read(ds -> {
            List<String> rows = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(PREFIXES + query).build()) {
                var rs = qe.execSelect();
                rs.forEachRemaining(s -> rows.add(String.join("|", rs.getResultVars().stream()
                        .map(v -> s.get(v) == null ? "" : s.get(v).isLiteral() ? s.getLiteral(v).getLexicalForm() : s.getResource(v).getURI())
                        .toList())));
            }
            return rows;
        });
    }

    private static Model links() {
        return store.read(ds -> ModelFactory.createDefaultModel().add(ds.getNamedModel(PKG.LINKS_GRAPH)));
    }

    @Test
    void shouldPlaceEveryDocumentKaipingImplementsAtItsLevel() {
        List<String> chain = select("""
                SELECT ?number ?level WHERE {
                  ?doc eli:title "开平市2024年推动落后产能退出工作计划" ; eli:ensures_implementation_of ?stub .
                  ?stub a pkg:StubDocument ; eli:id_local ?number ; pkg:level ?level .
                } ORDER BY ?number""");

        assertThat(chain).containsExactly(
                "工信部联产业〔2017〕30号|https://w3id.org/policykg/ontology#National",
                "江工信材料函〔2024〕20号|https://w3id.org/policykg/ontology#City",
                "粤工信规划政策〔2024〕4号|https://w3id.org/policykg/ontology#Province");
    }

    @Test
    void shouldKeepDocumentsNotInTheStoreAsStubsWithNumberAndTitle() {
        assertThat(report.sameAs()).isZero();
        assertThat(links().listStatements(null, OWL.sameAs, (RDFNode) null).toList()).isEmpty();
        assertThat(select("""
                SELECT ?title WHERE { ?s a pkg:StubDocument ; eli:id_local "江工信材料函〔2024〕20号" ; eli:title ?title }"""))
                .containsExactly("江门市2024年推动落后产能退出工作计划");
    }

    @Test
    void shouldAlignZhanjiangsEnergyClauseWithTheProvincialClauseAndTableRow() {
        List<String> aligned = select("""
                SELECT ?doc ?path (STR(?score) AS ?s) WHERE {
                  ?child pkg:inDocument/eli:title "湛江市2021年推动落后产能退出工作方案" ; pkg:path "二/（一）/3" ;
                         prov:qualifiedDerivation ?a ; pkg:alignedWith ?parent .
                  ?a prov:entity ?parent ; pkg:score ?score .
                  ?parent pkg:path ?path ; pkg:inDocument/eli:title ?doc .
                } ORDER BY ?doc""");

        assertThat(aligned).hasSize(2);
        assertThat(aligned.get(0)).startsWith("主要任务分工表|表1/2|");
        assertThat(aligned.get(1)).startsWith("广东省2019年推动落后产能退出工作方案|二/（一）/2|");
        assertThat(aligned).allSatisfy(row -> assertThat(Double.parseDouble(row.substring(row.lastIndexOf('|') + 1)))
                .isBetween(ClauseAligner.tfidf().threshold(), 1.0));
    }

    @Test
    void shouldAlignOnlyLowerClausesWithHigherDocumentsOfTheirOwnLine() {
        List<String> pairs = select("""
                SELECT DISTINCT ?child ?parent WHERE {
                  ?c pkg:alignedWith ?p . ?c pkg:inDocument/eli:title ?child . ?p pkg:inDocument/eli:title ?parent .
                } ORDER BY ?child ?parent""");

        assertThat(pairs).containsExactly(
                "开平市2024年推动落后产能退出工作计划|主要任务分工表",
                "开平市2024年推动落后产能退出工作计划|广东省2019年推动落后产能退出工作方案",
                "湛江市2021年推动落后产能退出工作方案|主要任务分工表",
                "湛江市2021年推动落后产能退出工作方案|广东省2019年推动落后产能退出工作方案");
    }

    @Test
    void shouldWriteTheSameGraphWhenRunAgain() {
        Model before = links();

        LinkReport again = new CrossDocumentLinker(Samples.jurisdictions()).link(store);

        assertThat(links().isIsomorphicWith(before)).isTrue();
        assertThat(before.listStatements(null, PKG.score, (RDFNode) null).toList()).hasSize(report.alignments());
        assertThat(again.alignments()).isEqualTo(report.alignments()).isPositive();
        assertThat(again.stubLevels()).isEqualTo(report.stubLevels());
    }

    @Test
    void shouldAlignOnlyWhereANewDocumentTakesPartAndEndWithTheGraphOfAFullPass() {
        List<Path> docs = Samples.documents();
        try (KgStore partial = KgStore.inMemory()) {
            IngestService ingest = new IngestService(Samples.pipeline(), partial, new CrossDocumentLinker(Samples.jurisdictions()));
            ingest.ingest(docs.subList(0, docs.size() - 1), IngestListener.NONE);
            ingest.ingest(docs.subList(docs.size() - 1, docs.size()), IngestListener.NONE);
            Model incremental = partial.read(ds -> ModelFactory.createDefaultModel().add(ds.getNamedModel(PKG.LINKS_GRAPH)));

            assertThat(incremental.isIsomorphicWith(links())).isTrue();
        }
    }

    @Test
    void shouldDoNothingWhenNoDocumentIsPending() {
        Model before = links();

        LinkReport none = new CrossDocumentLinker(Samples.jurisdictions()).link(store, Set.of());

        assertThat(none.batches()).isZero();
        assertThat(none.alignments()).isZero();
        assertThat(none.summary()).isEqualTo("no documents pending: the links and clause alignments are complete");
        assertThat(links().isIsomorphicWith(before)).isTrue();
    }

    @Test
    void shouldWriteScoresInTheCanonicalDecimalFormTheStoreGivesBack() {
        assertThat(List.of(ClauseAlignments.score(0.2), ClauseAlignments.score(0.55049), ClauseAlignments.score(1.0),
                ClauseAlignments.score(0.7031))).containsExactly("0.2", "0.55", "1.0", "0.703");
    }

    @Test
    void shouldReadTheSameClausesBackFromTheGraphAsTheParserGives() {
        StoredCorpus corpus = store.read(ds -> {
            StoredCorpus c = StoredCorpus.read(ds, Samples.jurisdictions());
            c.readClauses(ds, c.documents().stream().map(CorpusDocument::iri).toList());
            return c;
        });
        StructureParser parser = new StructureParser();
        MetadataExtractor metadata = new MetadataExtractor(Samples.jurisdictions());
        Set<String> parsed = new HashSet<>();
        for (Path file : Samples.documents()) {
            var src = new DocumentReader().read(file);
            ParsedDocument doc = parser.parse(src.text());
            var meta = metadata.extract(doc, Overrides.forSource(file));
            ClauseTexts.of(Iris.document(Iris.documentKey(meta, src.sha256())), doc, meta).forEach(c -> parsed.add(c.doc() + c.path() + c.text()));
        }

        assertThat(corpus.clauses()).extracting(c -> c.doc() + c.path() + c.text()).containsExactlyInAnyOrderElementsOf(parsed);
        assertThat(corpus.clauses()).allSatisfy(c -> assertThat(corpus.clauseIri(c)).startsWith(c.doc() + "/"));
    }

    @Test
    void shouldFindTheLabelledPairsBetweenALowerDocumentAndItsParents() {
        List<String> found = select("""
                SELECT ?cf ?cp ?pf ?pp WHERE {
                  ?c pkg:alignedWith ?p ; pkg:path ?cp ; pkg:inDocument/pkg:sourceFile ?cf .
                  ?p pkg:path ?pp ; pkg:inDocument/pkg:sourceFile ?pf .
                }""");
        Set<String> both = new HashSet<>();
        Set<String> related = new HashSet<>();
        for (String row : found) {
            String[] f = row.split("\\|");
            both.add(f[0] + "#" + f[1] + "|" + f[2] + "#" + f[3]);
            both.add(f[2] + "#" + f[3] + "|" + f[0] + "#" + f[1]);
            related.add(f[0] + "|" + f[2]);
            related.add(f[2] + "|" + f[0]);
        }
        int positives = 0;
        int truePositives = 0;
        int falsePositives = 0;
        for (Map<String, String> p : Samples.manifest("align/pairs.tsv")) {
            if (!related.contains(p.get("sourceFile") + "|" + p.get("targetFile"))) {
                continue;
            }
            boolean hit = both.contains(p.get("sourceFile") + "#" + p.get("sourcePath") + "|" + p.get("targetFile") + "#" + p.get("targetPath"));
            boolean positive = p.get("label").equals("1");
            positives += positive ? 1 : 0;
            truePositives += positive && hit ? 1 : 0;
            falsePositives += !positive && hit ? 1 : 0;
        }

        assertThat(positives).isGreaterThanOrEqualTo(30);
        assertThat((double) truePositives / positives).as("recall").isGreaterThanOrEqualTo(0.9);
        assertThat((double) truePositives / (truePositives + falsePositives)).as("precision").isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void shouldStillConformToTheShapesWithTheLinks() {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
        Model reference = ReferenceData.jurisdictions(Samples.jurisdictions())
                .add(RDFDataMgr.loadModel("ontology/schemes.ttl")).add(RDFDataMgr.loadModel("ontology/policykg.ttl"));

        ValidationReport r = store.read(ds -> ShaclValidator.get().validate(shapes,
                ModelFactory.createUnion(ds.getUnionModel(), reference).getGraph()));

        assertThat(r.conforms()).as(() -> r.getEntries().stream().limit(5).map(Object::toString).toList().toString()).isTrue();
    }
}
