package org.policykg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.policykg.rdf.PKG;

/** The SKOS schemes (industries, aspects, roles) of ontology/schemes.ttl, in a graph of their own. */
final class SchemeGraph {

    static final String GRAPH = PKG.GRAPH + "schemes";
    private static final String SOURCE = "ontology/schemes.ttl";

    private SchemeGraph() {
    }

    static void install(KgStore store) {
        byte[] bytes = read();
        String hash = sha256(bytes);
        Resource marker = ModelFactory.createDefaultModel().createResource(GRAPH);
        boolean current = store.read((Dataset ds) -> ds.getNamedModel(GRAPH).contains(marker, PKG.sha256, hash));
        if (!current) {
            Model m = ModelFactory.createDefaultModel();
            RDFDataMgr.read(m, new java.io.ByteArrayInputStream(bytes), Lang.TURTLE);
            m.add(marker, PKG.sha256, hash);
            store.replaceGraph(GRAPH, m);
        }
    }

    private static byte[] read() {
        try (InputStream in = SchemeGraph.class.getClassLoader().getResourceAsStream(SOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing on classpath: " + SOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
