package org.policykg.annotate.agency;

/**
 * A body named in the text: its span (char offsets, end exclusive), the words as written and its
 * canonical label (jurisdiction + formal name, or the collective / role as written).
 */
public record AgencyMention(int start, int end, String written, String label, Kind kind) {

    public enum Kind { AGENCY, COLLECTIVE, ROLE }

    AgencyMention withLabel(String newLabel) {
        return new AgencyMention(start, end, written, newLabel, kind);
    }
}
