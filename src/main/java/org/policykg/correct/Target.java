package org.policykg.correct;

/**
 * An obligation a correction can apply to, as the store holds it now: its IRI, its clause (IRI and path), its place
 * among the clause's obligations (from 1), its text, the span it covers, and the graph of its document.
 */
record Target(String obligation, String clause, String path, int task, String text, int start, int end, String graph) {
}
