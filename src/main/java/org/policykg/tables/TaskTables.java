package org.policykg.tables;

import static org.policykg.query.Solutions.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Resource;
import org.policykg.correct.CorrectionLayer;
import org.policykg.gazetteer.Jurisdiction;
import org.policykg.gazetteer.Jurisdictions;
import org.policykg.query.DocumentResolver;
import org.policykg.query.QueryCatalog;
import org.policykg.query.QueryRunner;
import org.policykg.rdf.Iris;
import org.policykg.rdf.PKG;
import org.policykg.store.KgStore;
import org.springframework.stereotype.Component;

/** Task-division tables from the graph: of one document, of a jurisdiction's plans of a year, or a subordinate's draft. */
@Component
public class TaskTables {

    private final QueryCatalog catalog;
    private final QueryRunner runner;
    private final DocumentResolver resolver;
    private final TaskFactsReader facts;
    private final Jurisdictions jurisdictions;
    private final KgStore store;
    private final CorrectionLayer corrections;
    private final TableWords words = TableWords.standard();

    TaskTables(QueryCatalog catalog, QueryRunner runner, DocumentResolver resolver, TaskFactsReader facts,
               Jurisdictions jurisdictions, KgStore store, CorrectionLayer corrections) {
        this.catalog = catalog;
        this.runner = runner;
        this.resolver = resolver;
        this.facts = facts;
        this.jurisdictions = jurisdictions;
        this.store = store;
        this.corrections = corrections;
    }

    /** The table of one document: its IRI, number (文号), file name or an unambiguous part of its title. */
    public TaskTable forDocument(String name) {
        return forDocument(name, TableOptions.STANDARD);
    }

    public TaskTable forDocument(String name, TableOptions options) {
        DocumentRef doc = document(resolver.resolve(name));
        return table(tableTitle(doc.title()), List.of(doc), new AsWritten(), options);
    }

    /** One table of every document of a jurisdiction (湛江市, or 湛江) and plan year. */
    public TaskTable forJurisdiction(String jurisdiction, String year) {
        return forJurisdiction(jurisdiction, year, TableOptions.STANDARD);
    }

    public TaskTable forJurisdiction(String jurisdiction, String year, TableOptions options) {
        List<DocumentRef> docs = documents().stream()
                .filter(d -> d.year().equals(year) && (d.jurisdiction().equals(jurisdiction)
                        || jurisdictions.named(jurisdiction).stream().anyMatch(j -> j.name().equals(d.jurisdiction()))))
                .toList();
        if (docs.isEmpty()) {
            throw new IllegalArgumentException("no document of " + jurisdiction + " for " + year);
        }
        String title = docs.size() == 1 ? tableTitle(docs.get(0).title()) : docs.get(0).jurisdiction() + year + "年" + words.get("title.suffix");
        return table(title, docs, new AsWritten(), options);
    }

    /**
     * A draft of the table a subordinate jurisdiction makes from a parent plan: bodies mapped to their counterparts,
     * reporting deadlines {@code marginDays} earlier, every row citing the parent clause.
     */
    public TaskTable draftFor(String target, String parentPlan, int marginDays) {
        return draftFor(target, parentPlan, marginDays, TableOptions.STANDARD);
    }

    public TaskTable draftFor(String target, String parentPlan, int marginDays, TableOptions options) {
        DocumentRef doc = document(resolver.resolve(parentPlan));
        Jurisdiction source = jurisdictionOf(doc);
        Jurisdiction to = jurisdictions.lookup(target, source.name())
                .orElseThrow(() -> new IllegalArgumentException("unknown jurisdiction '" + target + "'"));
        if (to.level().ordinal() <= source.level().ordinal()) {
            throw new IllegalArgumentException(to.name() + " is not below " + source.name() + ", the level of " + doc.title());
        }
        String title = doc.title().contains(source.name()) ? doc.title().replace(source.name(), to.name()) : to.name() + doc.title();
        RowStyle style = new Draft(new Counterparts(source, to, bodiesOf(to)), new DeadlineShift(marginDays, words), words);
        return table(tableTitle(title) + words.get("draft.mark"), List.of(doc), style, options);
    }

    private TaskTable table(String title, List<DocumentRef> docs, RowStyle style, TableOptions options) {
        Map<DocumentRef, List<TaskFacts>> sources = new LinkedHashMap<>();
        docs.forEach(d -> sources.put(d, facts.read(d.iri())));
        String source = String.join("、", docs.stream().map(DocumentRef::citation).toList());
        List<TaskGroup> groups = new TableAssembler(style, words, new Progress(options.asOf(), words)).groups(sources);
        Map<String, List<CorrectedFact>> corrected = new java.util.HashMap<>();
        docs.forEach(d -> corrected.putAll(CorrectedFact.byClause(catalog, runner, Map.of("doc", d.iri()))));
        return new TaskTable(words.get("attachment") + "1", title, source, groups, options.columns(), corrected);
    }

    private String tableTitle(String title) {
        return title.endsWith(words.get("title.ending")) ? title : title + words.get("title.suffix");
    }

    private Jurisdiction jurisdictionOf(DocumentRef doc) {
        String code = store.read(ds -> {
            // a corrected jurisdiction, not whichever of it and the extracted one the union graph gives first
            Resource j = corrections.union(store).getResource(doc.iri()).getPropertyResourceValue(PKG.jurisdiction);
            return j == null ? null : Iris.jurisdictionCode(j.getURI());
        });
        return (code == null ? java.util.Optional.<Jurisdiction>empty() : jurisdictions.byCode(code))
                .orElseThrow(() -> new IllegalArgumentException(doc.title() + " names no jurisdiction to draft from"));
    }

    /** One document, looked up by its IRI rather than found in the whole listing. */
    private DocumentRef document(String iri) {
        return select(Map.of("doc", iri)).stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no document " + iri));
    }

    /** The bodies a jurisdiction's own documents name, most used first (queries/jurisdiction-bodies.rq). */
    private List<String> bodiesOf(Jurisdiction place) {
        ResultSetRewindable rs = runner.select(catalog.get("jurisdiction-bodies"), Map.of("place", Iris.jurisdiction(place)));
        List<String> out = new java.util.ArrayList<>();
        while (rs.hasNext()) {
            out.add(text(rs.next(), "label"));
        }
        return out;
    }

    /** Every document, in the order of queries/documents.rq (level, jurisdiction, year). */
    public List<DocumentRef> documents() {
        return select(Map.of());
    }

    private List<DocumentRef> select(Map<String, String> params) {
        ResultSetRewindable rs = runner.select(catalog.get("documents"), params);
        List<DocumentRef> out = new java.util.ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            out.add(new DocumentRef(s.getResource("doc").getURI(), text(s, "title"), text(s, "number"), text(s, "level"),
                    text(s, "jurisdiction"), text(s, "year"), text(s, "date")));
        }
        return out;
    }
}
