package org.policykg.correct;

import java.io.OutputStream;
import java.io.Reader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.policykg.query.DocumentResolver;
import org.policykg.rdf.CORR;
import org.policykg.store.KgStore;
import org.springframework.stereotype.Component;

/**
 * Makes, lists, undoes, exports and imports corrections. Each change is written to the corrections graph, and the
 * corrections are then placed anew ({@link CorrectionLayer#reapply}), so every query sees it at once.
 */
@Component
public class CorrectionService {

    /** A correction with where it applies now: anchored, reanchored, orphaned or superseded, and the clause path. */
    public record Listed(Correction correction, String status, String appliedPath) {}

    /**
     * A place a form can correct: an obligation or threshold (the {@code task}-th of its clause, as {@link #set} numbers
     * them) or the document, with its span, its text and what each of its fields shows now.
     */
    public record Place(String path, int task, int start, int end, String text, Map<Field, List<String>> values) {}

    private final KgStore store;
    private final DocumentResolver documents;
    private final CorrectionLayer layer;

    CorrectionService(KgStore store, DocumentResolver documents, CorrectionLayer layer) {
        this.store = store;
        this.documents = documents;
        this.layer = layer;
    }

    /**
     * Corrects {@code field} of an obligation of the clause at {@code path} ({@code task}: which of the clause's
     * obligations, from 1; null when it has one). Nothing is written when the place or a value is wrong.
     */
    public Correction set(String doc, String path, Integer task, Field field, String values, String by, String note) {
        if (field.subject() == Field.Subject.AGENCY) {
            throw new IllegalArgumentException(field.slug() + " is a command of its own: correct merge-agency KEPT MERGED,"
                    + " correct split-alias AGENCY ALIAS [--as NAME]");
        }
        String iri = documents.resolve(doc);
        List<String> after = Correction.values(field, values);
        check(field, after);
        Target t = target(iri, doc, field, path.strip(), task);
        if (field.kind() == Field.Kind.ADD && after.isEmpty()) {
            after = List.of(t.text());
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<String> before = field.kind() == Field.Kind.ADD ? List.of() : shown(list(), iri, t, field);
        return save(new Correction(Correction.newId(iri, t.path(), t.task(), field, now), iri, t.path(), t.task(), t.text(),
                field, before, after, by, now, note));
    }

    /**
     * Adds an obligation the parser missed to the clause at {@code path}: {@code text} (the clause's text when blank), with
     * the given fields (lead, deadline …) as corrections of the new obligation. Nothing is written when a value is wrong.
     */
    public List<Correction> addObligation(String doc, String path, String text, java.util.Map<Field, String> fields, String by,
                                          String note) {
        fields.forEach((f, v) -> {
            if (f.subject() != Field.Subject.OBLIGATION || f.kind() == Field.Kind.HIDE) {
                throw new IllegalArgumentException("an added obligation's " + f.slug() + " is not set with it");
            }
            check(f, Correction.values(f, v));
        });
        Correction added = set(doc, path, null, Field.OBLIGATION, text, by, note);
        List<Correction> out = new ArrayList<>(List.of(added));
        if (!fields.isEmpty()) {
            String obligation = CORR.addedObligation(CORR.correction(added.id()));
            Target t = layer.targets(store, added.doc(), Field.Subject.OBLIGATION).stream()
                    .filter(x -> x.obligation().equals(obligation)).findFirst().orElseThrow();
            fields.forEach((f, v) -> out.add(set(added.doc(), t.path(), t.task(), f, v, by, note)));
        }
        return out;
    }

    /** The fields an added obligation is given with it (lead, support, deadline), those given (not blank) only. */
    public static java.util.Map<Field, String> fields(String lead, String support, String deadline) {
        java.util.Map<Field, String> with = new java.util.LinkedHashMap<>();
        with.put(Field.LEAD, lead);
        with.put(Field.SUPPORT, support);
        with.put(Field.DEADLINE, deadline);
        with.values().removeIf(v -> v == null || v.isBlank());
        return with;
    }

    /** Writes a new correction and places every correction anew. */
    Correction save(Correction c) {
        Txn.executeWrite(store.dataset(), () -> CorrectionRecords.add(store.dataset().getNamedModel(CORR.GRAPH), c));
        layer.reapply(store);
        return c;
    }

    public List<Listed> list() {
        return store.read(ds -> {
            Model applied = ds.getNamedModel(CORR.APPLIED_GRAPH);
            List<Listed> out = new ArrayList<>();
            for (Correction c : CorrectionRecords.read(ds.getNamedModel(CORR.GRAPH))) {
                Resource r = applied.createResource(CORR.correction(c.id()));
                String status = r.hasProperty(CORR.anchorStatus) ? r.getProperty(CORR.anchorStatus).getString() : "orphaned";
                String at = r.hasProperty(CORR.appliedPath) ? r.getProperty(CORR.appliedPath).getString() : "";
                out.add(new Listed(c, status, at));
            }
            return out;
        });
    }

    /** The places of a document that fields of {@code subject} can be corrected at, in document order (the reader's form). */
    public List<Place> places(String doc, Field.Subject subject) {
        String iri = documents.resolve(doc);
        List<Listed> listed = list();
        List<Field> fields = Arrays.stream(Field.values()).filter(f -> f.subject() == subject).toList();
        return store.read(ds -> StoredFacts.targets(ds.asDatasetGraph(), iri, subject).stream().map(t -> {
            Map<Field, List<String>> values = new EnumMap<>(Field.class);
            fields.forEach(f -> values.put(f, shown(listed, iri, t, f)));
            return new Place(t.path(), t.task(), t.start(), t.end(), t.text(), values);
        }).toList());
    }

    /**
     * Removes a correction: the field shows the extracted value again (or an earlier correction of it). An added
     * obligation goes with the corrections of its fields.
     */
    public Correction undo(String id) {
        Correction c = list().stream().map(Listed::correction).filter(x -> x.id().equals(id.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no correction '" + id + "' (see: correct list)"));
        Txn.executeWrite(store.dataset(), () -> {
            Model m = store.dataset().getNamedModel(CORR.GRAPH);
            List<Resource> gone = new ArrayList<>(List.of(m.createResource(CORR.correction(c.id()))));
            Model applied = store.dataset().getNamedModel(CORR.APPLIED_GRAPH);
            applied.listSubjectsWithProperty(CORR.appliesTo, applied.createResource(CORR.addedObligation(CORR.correction(c.id()))))
                    .forEachRemaining(gone::add);
            for (Resource r : gone) {
                Resource person = m.createResource(r.getURI()).getPropertyResourceValue(org.policykg.rdf.PROV.wasAttributedTo);
                m.removeAll(m.createResource(r.getURI()), null, null);
                if (person != null && !m.contains(null, null, person)) {
                    m.removeAll(person, null, null);
                }
            }
        });
        layer.reapply(store);
        return c;
    }

    /** {@code eval --corrections}: the parser's accuracy per field on the documents people reviewed, and its misses. */
    public List<String> score(int errors) {
        List<Listed> listed = list();
        return store.read(ds -> CorrectionScore.report(ds.asDatasetGraph(), listed, errors));
    }

    public void exportTurtle(OutputStream out) {
        store.read(ds -> {
            Model m = ModelFactory.createDefaultModel().add(ds.getNamedModel(CORR.GRAPH));
            m.setNsPrefix("pkg", org.policykg.rdf.PKG.NS).setNsPrefix("prov", org.policykg.rdf.PROV.NS)
                    .setNsPrefix("rdfs", org.apache.jena.vocabulary.RDFS.getURI()).setNsPrefix("xsd", org.apache.jena.vocabulary.XSD.NS);
            RDFDataMgr.write(out, m, Lang.TURTLE);
            return null;
        });
    }

    public String exportCsv() {
        return CorrectionCsv.write(list());
    }

    /** Loads corrections (Turtle or CSV) and places them; one with the id of a stored one replaces it. Returns how many. */
    public int importFrom(Reader in, boolean csv) {
        List<Correction> read;
        if (csv) {
            read = CorrectionCsv.read(in);
        } else {
            read = CorrectionRecords.read(RDFParser.fromString(readAll(in), Lang.TURTLE).toModel());
        }
        read.forEach(c -> check(c.field(), c.after()));
        Txn.executeWrite(store.dataset(), () -> {
            Model m = store.dataset().getNamedModel(CORR.GRAPH);
            for (Correction c : read) {
                m.removeAll(m.createResource(CORR.correction(c.id())), null, null);
                CorrectionRecords.add(m, c);
            }
        });
        layer.reapply(store);
        return read.size();
    }

    private Target target(String iri, String doc, Field field, String path, Integer task) {
        List<Target> all = layer.targets(store, iri, field.subject());
        String at = field.subject() == Field.Subject.DOCUMENT ? StoredFacts.DOCUMENT_PATH : path;
        List<Target> here = all.stream().filter(t -> t.path().equals(at)).toList();
        String what = switch (field.subject()) {
            case THRESHOLD -> "threshold";
            case CLAUSE -> "clause";
            default -> "obligation";
        };
        String query = switch (field.subject()) {
            case THRESHOLD -> "thresholds";
            case CLAUSE -> "clauses";
            default -> "obligations";
        };
        if (here.isEmpty()) {
            throw new IllegalArgumentException("no " + what + (what.equals("clause") ? " '" : " at clause '") + path + "' of " + doc + " (" + iri
                    + "); query " + query + " --param doc=… lists the clause paths");
        }
        if (task == null && here.size() > 1) {
            throw new IllegalArgumentException("clause '" + path + "' holds " + here.size() + " " + what + "s: give --task 1.."
                    + here.size() + " (in the order query " + query + " lists them)");
        }
        int n = task == null ? 1 : task;
        if (n < 1 || n > here.size()) {
            throw new IllegalArgumentException("clause '" + path + "' holds " + here.size() + " " + what + "(s), not a task " + n);
        }
        return here.get(n - 1);
    }

    /** What the field shows now: the latest correction applied to it, else the extracted values. */
    private List<String> shown(List<Listed> listed, String doc, Target t, Field field) {
        Optional<Correction> latest = listed.stream()
                .filter(l -> l.appliedPath().equals(t.path()) && !l.status().equals(Applier.SUPERSEDED))
                .map(Listed::correction).filter(c -> c.field() == field && c.doc().equals(doc) && c.task() == t.task())
                .max(Comparator.comparing(Correction::time));
        return latest.map(Correction::after).orElseGet(() -> store.read(ds -> StoredFacts.extracted(ds.asDatasetGraph(), t, field)));
    }

    /** A value the field cannot take is refused before anything is written. */
    private static void check(Field field, List<String> after) {
        switch (field.kind()) {
            case DEADLINE, DATE -> after.forEach(CorrectionService::date);
            case NUMBER -> after.forEach(CorrectionService::number);
            case LEVEL -> after.forEach(org.policykg.gazetteer.Level::parse);
            case JURISDICTION -> after.forEach(Applier::jurisdiction);
            case HIDE -> {
                if (!after.isEmpty()) {
                    throw new IllegalArgumentException("not-obligation takes no value: give \"\"");
                }
            }
            case ADD -> {
                if (after.stream().anyMatch(v -> v.length() < 2)) {
                    throw new IllegalArgumentException("an added obligation's text is the task as written (\"\" for the whole clause)");
                }
            }
            default -> { }
        }
        if (after.size() > 1 && !field.role() && field.kind() != Field.Kind.DEADLINE) {
            throw new IllegalArgumentException(field.slug() + " takes one value, not " + after.size());
        }
    }

    private static void number(String value) {
        try {
            new java.math.BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a corrected threshold value is a number written 5000 or 0.5, not '" + value + "'");
        }
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("a corrected deadline or date is a date written 2021-09-30, not '" + value + "'");
        }
    }

    private static String readAll(Reader in) {
        try {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            for (int n; (n = in.read(buf)) > 0; ) {
                sb.append(buf, 0, n);
            }
            return sb.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
