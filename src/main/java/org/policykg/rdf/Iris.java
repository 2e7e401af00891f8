package org.policykg.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.policykg.gazetteer.Jurisdiction;
import org.policykg.gazetteer.Level;
import org.policykg.structure.DocumentMetadata;

/**
 * Stable IRIs. A document's key hashes what identifies it: its number when it has one, otherwise its
 * title, jurisdiction and plan year, and when it has neither number nor title of its own, its content. Ingesting
 * the same text again gives the same IRIs, and an edited version of the same document replaces the old one; a
 * missing title never makes two documents one.
 */
public final class Iris {

    private static final String JURISDICTION = PKG.ID + "jurisdiction/";

    private Iris() {
    }

    public static String documentKey(DocumentMetadata m, String contentHash) {
        return key(identity(m, contentHash));
    }

    /** What a document's key is made from, e.g. "no:国发〔2017〕37号". */
    public static String identity(DocumentMetadata m, String contentHash) {
        if (m.number() != null) {
            return "no:" + m.number();
        }
        if (!m.hasOwnTitle()) {
            return "content:" + contentHash;
        }
        return "t:" + m.title() + "|j:" + (m.jurisdiction() == null ? "" : m.jurisdiction().code())
                + "|y:" + (m.planYear() == null ? "" : m.planYear());
    }

    public static String document(String key) {
        return PKG.ID + "doc/" + key;
    }

    public static String documentGraph(String key) {
        return PKG.GRAPH + "doc/" + key;
    }

    public static String subdivision(String docIri, String codePath) {
        return docIri + "/" + codePath;
    }

    /** The i-th finding (from 1) of the per-document rules stored with a document. */
    public static String finding(String docIri, int i) {
        return docIri + "/finding/" + i;
    }

    /** The i-th finding (from 1) of the rules comparing documents and of the shapes, stored for a document in the checks graph. */
    public static String checkFinding(String docIri, int i) {
        return docIri + "/check/" + i;
    }

    public static String jurisdiction(Jurisdiction j) {
        return jurisdiction(j.code());
    }

    /** A jurisdiction by its GB/T 2260 code. */
    public static String jurisdiction(String code) {
        return JURISDICTION + code;
    }

    /** The GB/T 2260 code of a jurisdiction IRI, or null when the IRI names no jurisdiction. */
    public static String jurisdictionCode(String iri) {
        return iri != null && iri.startsWith(JURISDICTION) ? iri.substring(JURISDICTION.length()) : null;
    }

    public static String agency(String name) {
        return PKG.ID + "agency/" + key(name);
    }

    /** The node a name (a label, as stored) is looked up by in the lookup graph. */
    public static String name(String lexicalForm, String lang) {
        return PKG.ID + "name/" + key(lexicalForm + "@" + lang);
    }

    /** The id ending a body's IRI (the hash of its label), as the calendar URLs use it. */
    public static String agencyId(String agencyIri) {
        return agencyIri.substring(agencyIri.lastIndexOf('/') + 1);
    }

    /** The 2018 reform's change from one body to the one that replaced it (an org:ChangeEvent). */
    public static String change(String label, String successor) {
        return PKG.ID + "change/" + key(label + ">" + successor);
    }

    /** A rename of the reform as reference data: old and new name in one jurisdiction. */
    public static String nameChange(String oldName, String newName, String jurisdictionCode) {
        return PKG.ID + "name-change/" + key(oldName + "|" + newName + "|" + jurisdictionCode);
    }

    /** The alignment of a child plan's clause with a parent plan's clause. */
    public static String alignment(String childClause, String parentClause) {
        return PKG.ID + "alignment/" + key(childClause + " " + parentClause);
    }

    /** A stored row of a whole-corpus query: the {@code i}th row of the query's answer for one key (a body). */
    public static String summaryRow(String query, String key, int i) {
        return PKG.ID + "summary/" + query + "/" + key(key) + "/" + i;
    }

    /** A group of a query's stored rows that share a sort kind and the first characters of their sort name. */
    public static String sortGroup(String query, String kind, String prefix) {
        return PKG.ID + "summary-group/" + query + "/" + key(kind + "|" + prefix);
    }

    /** A role of the roles scheme (lead, support, …) by its slug. */
    public static String role(String slug) {
        return PKG.ID + "role/" + slug;
    }

    /** A cited document or standard, identified by its normalized number, else by its title. */
    public static String cited(boolean standard, String number, String title) {
        String id = number != null ? "no:" + number : "t:" + (title == null ? "" : title.replaceAll("[\\s\\u3000]", ""));
        return PKG.ID + (standard ? "standard/" : "cited/") + key(id);
    }

    public static String level(Level level) {
        return PKG.NS + level.conceptName();
    }

    /** The level a level IRI names, or null when it names none. */
    public static Level levelOf(String iri) {
        return iri != null && iri.startsWith(PKG.NS) ? Level.parse(iri.substring(PKG.NS.length())) : null;
    }

    /** The first 16 hex digits of a hash: the ids of agencies, changes, alignments and cited documents. */
    private static String key(String s) {
        return hash(s).substring(0, 16);
    }

    public static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
