package org.policykg.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.policykg.gazetteer.Jurisdiction;
import org.policykg.structure.DocumentMetadata;

/**
 * Stable IRIs. A document's key hashes what identifies it: its number when it has one, otherwise its
 * title, jurisdiction and plan year, and when it has neither number nor title of its own, its content. Ingesting
 * the same text again gives the same IRIs, and an edited version of the same document replaces the old one; a
 * missing title never makes two documents one.
 */
public final class Iris {

    private Iris() {
    }

    public static String documentKey(DocumentMetadata m, String contentHash) {
        return hash(identity(m, contentHash)).substring(0, 16);
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

    public static String jurisdiction(Jurisdiction j) {
        return PKG.ID + "jurisdiction/" + j.code();
    }

    public static String agency(String name) {
        return PKG.ID + "agency/" + hash(name).substring(0, 16);
    }

    /** A cited document or standard, identified by its normalized number, else by its title. */
    public static String cited(boolean standard, String number, String title) {
        String id = number != null ? "no:" + number : "t:" + (title == null ? "" : title.replaceAll("[\\s\\u3000]", ""));
        return PKG.ID + (standard ? "standard/" : "cited/") + hash(id).substring(0, 16);
    }

    public static String level(org.policykg.gazetteer.Level level) {
        return PKG.NS + level.conceptName();
    }

    public static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
