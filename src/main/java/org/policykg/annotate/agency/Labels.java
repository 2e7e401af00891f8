package org.policykg.annotate.agency;

/** Label spelling: brackets in collective names are full-width, blanks are dropped. */
final class Labels {

    private Labels() {
    }

    static String normalize(String s) {
        return s.replace('(', '（').replace(')', '）').replaceAll("[\\s\\u3000]", "");
    }
}
