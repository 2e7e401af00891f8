package org.policykg.link;

import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.policykg.rdf.PKG;
import org.policykg.rdf.PROV;

/** The alignments already in the links graph that a pass keeps instead of computing them again. */
final class StoredAlignments {

    private StoredAlignments() {
    }

    /**
     * Copies into {@code out} every stored alignment whose lower clause belongs to one of {@code docs} and whose
     * higher clause is still in the store (a document re-ingested under another key leaves none behind); returns
     * how many.
     */
    static int copy(Model stored, StoredCorpus corpus, Set<String> docs, Model out) {
        if (docs.isEmpty()) {
            return 0;
        }
        int n = 0;
        for (Statement s : stored.listStatements(null, PROV.qualifiedDerivation, (Resource) null).toList()) {
            Resource child = s.getSubject();
            Resource node = s.getResource();
            Statement entity = node.getProperty(PROV.entity);
            if (entity == null || !docs.contains(corpus.docOfClause(child.getURI()))
                    || corpus.docOfClause(entity.getResource().getURI()) == null) {
                continue;
            }
            out.add(s);
            out.add(child, PKG.alignedWith, entity.getResource());
            out.add(node.listProperties());
            n++;
        }
        return n;
    }
}
