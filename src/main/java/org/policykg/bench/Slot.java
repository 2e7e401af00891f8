package org.policykg.bench;

import java.time.LocalDate;

/**
 * One document of the scale corpus before its text is written: who issues it, for which year, what it
 * is called and numbered, and the document it implements ({@code parent}, null for national plans).
 */
record Slot(int index, int year, int pass, Locality locality, Slot parent, String title, String noticeTitle,
            String issuer, String number, String kindNoun, LocalDate issued, String file) {

    /** How other documents cite it: by the covering notice's title when it has one, as real plans do. */
    String citedTitle() {
        return noticeTitle != null ? noticeTitle : title;
    }

    boolean covering() {
        return noticeTitle != null;
    }
}
