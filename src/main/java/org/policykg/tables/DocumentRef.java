package org.policykg.tables;

import java.time.LocalDate;
import java.util.Optional;

/** A document a table is made from, as queries/documents.rq lists it (date and year may be empty). */
public record DocumentRef(String iri, String title, String number, String level, String jurisdiction, String year, String date) {

    /** How a 依据 cell names the document: its number (文号), else its title in 《》. */
    String citation() {
        return number.isEmpty() ? "《" + title + "》" : number;
    }

    /** When the plan starts: its date, else the first day of its plan year; empty for an undated table. */
    Optional<LocalDate> start() {
        return !date.isEmpty() ? Optional.of(LocalDate.parse(date))
                : !year.isEmpty() ? Optional.of(LocalDate.of(Integer.parseInt(year), 1, 1)) : Optional.empty();
    }
}
