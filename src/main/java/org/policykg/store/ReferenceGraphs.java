package org.policykg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.policykg.gazetteer.Jurisdictions;
import org.policykg.rdf.PKG;
import org.policykg.rdf.ReferenceData;

/**
 * The ontology, its SKOS schemes, and the jurisdiction gazetteer with the 2018 reform's renames, each in its own
 * graph. They are rewritten only when their sources change, because TDB2 grows with every write until compacted.
 */
public final class ReferenceGraphs {

    static final String ONTOLOGY = "ontology/policykg.ttl";
    static final String DIVISIONS = "gazetteer/divisions.tsv";
    /** The SKOS schemes: industries, aspects, roles. */
    static final String SCHEMES = "ontology/schemes.ttl";

    /** Asked for only when the reference graph must be rebuilt: loading the gazetteer is most of a command's start-up. */
    private final Supplier<Jurisdictions> jurisdictions;

    ReferenceGraphs(Supplier<Jurisdictions> jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    void install(KgStore store) {
        installIfChanged(store, PKG.ONTOLOGY_GRAPH, List.of(ONTOLOGY), () -> turtle(ONTOLOGY));
        installIfChanged(store, PKG.SCHEMES_GRAPH, List.of(SCHEMES), () -> turtle(SCHEMES));
        installIfChanged(store, PKG.REFERENCE_GRAPH, List.of(DIVISIONS, NameChanges.SOURCE),
                () -> reference(jurisdictions.get()));
    }

    /** The reference graph's triples: the jurisdictions and the reform's renames (also what per-document rules run beside at ingest). */
    public static Model reference(Jurisdictions jurisdictions) {
        return ReferenceData.jurisdictions(jurisdictions).add(NameChanges.model(jurisdictions));
    }

    private static Model turtle(String resource) {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = resource(resource)) {
            RDFDataMgr.read(m, in, Lang.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    private void installIfChanged(KgStore store, String graph, List<String> sources, Supplier<Model> build) {
        String hash = sources.stream().map(ReferenceGraphs::hash).collect(Collectors.joining(","));
        Resource marker = ModelFactory.createDefaultModel().createResource(graph);
        boolean current = store.read((Dataset ds) -> ds.getNamedModel(graph).contains(marker, PKG.sha256, hash));
        if (!current) {
            Model m = build.get();
            m.add(marker, PKG.sha256, hash);
            store.replaceGraph(graph, m);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = ReferenceGraphs.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing on classpath: " + name);
        }
        return in;
    }

    private static String hash(String name) {
        try (InputStream in = resource(name)) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
