package org.policykg.store;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.rdf.model.Resource;

/**
 * The Lucene index, opened on first use: opening it starts an IndexWriter (and Lucene's Chinese analyzer), which a
 * command that only reads the graphs never needs. Until then the store's transactions commit nothing to it, there
 * being nothing to commit.
 */
final class LazyTextIndex implements TextIndex {

    private final Supplier<TextIndexLucene> opener;
    private final EntityDefinition entities;
    private volatile TextIndexLucene index;

    LazyTextIndex(Supplier<TextIndexLucene> opener, EntityDefinition entities) {
        this.opener = opener;
        this.entities = entities;
    }

    /** The index, opened now if it was not yet. */
    TextIndexLucene lucene() {
        TextIndexLucene i = index;
        if (i == null) {
            synchronized (this) {
                if (index == null) {
                    index = opener.get();
                }
                i = index;
            }
        }
        return i;
    }

    boolean isOpen() {
        return index != null;
    }

    @Override
    public void prepareCommit() {
        if (isOpen()) {
            index.prepareCommit();
        }
    }

    @Override
    public void commit() {
        if (isOpen()) {
            index.commit();
        }
    }

    @Override
    public void rollback() {
        if (isOpen()) {
            index.rollback();
        }
    }

    @Override
    public void close() {
        if (isOpen()) {
            index.close();
        }
    }

    @Override
    public EntityDefinition getDocDef() {
        return entities;
    }

    @Override
    public void addEntity(Entity entity) {
        lucene().addEntity(entity);
    }

    @Override
    public void updateEntity(Entity entity) {
        lucene().updateEntity(entity);
    }

    @Override
    public void deleteEntity(Entity entity) {
        lucene().deleteEntity(entity);
    }

    @Override
    public Map<String, Node> get(String uri) {
        return lucene().get(uri);
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang, int limit) {
        return lucene().query(property, qs, graphURI, lang, limit);
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang) {
        return lucene().query(property, qs, graphURI, lang);
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang, int limit, String highlight) {
        return lucene().query(property, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(List<Resource> props, String qs, String graphURI, String lang, int limit, String highlight) {
        return lucene().query(props, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(String subjectUri, List<Resource> props, String qs, String graphURI, String lang, int limit,
            String highlight) {
        return lucene().query(subjectUri, props, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(Node subj, List<Resource> props, String qs, String graphURI, String lang, int limit,
            String highlight) {
        return lucene().query(subj, props, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(String subjectUri, Node property, String qs, String graphURI, String lang, int limit,
            String highlight) {
        return lucene().query(subjectUri, property, qs, graphURI, lang, limit, highlight);
    }
}
