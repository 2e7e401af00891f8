package org.policykg.annotate.agency;

/**
 * A body named in the text: its span (char offsets, end exclusive), the words as written and its
 * canonical label (jurisdiction + formal name, or the collective / role as written), and the GB/T 2260
 * code of the jurisdiction its name places it in (null when it names none).
 */
public record AgencyMention(int start, int end, String written, String label, Kind kind, String jurisdiction) {

    public enum Kind { AGENCY, COLLECTIVE, ROLE }

    public AgencyMention(int start, int end, String written, String label, Kind kind) {
        this(start, end, written, label, kind, null);
    }

    AgencyMention withLabel(String newLabel, String newJurisdiction) {
        return new AgencyMention(start, end, written, newLabel, kind, newJurisdiction);
    }

    /** The same mention moved by {@code delta} chars, for text read out of a longer one. */
    public AgencyMention shifted(int delta) {
        return new AgencyMention(start + delta, end + delta, written, label, kind, jurisdiction);
    }
}
