package org.policykg.tables;

/** A document a table is made from, as queries/documents.rq lists it. */
public record DocumentRef(String iri, String title, String number, String level, String jurisdiction, String year) {

    /** How a 依据 cell names the document: its number (文号), else its title in 《》. */
    String citation() {
        return number.isEmpty() ? "《" + title + "》" : number;
    }
}
