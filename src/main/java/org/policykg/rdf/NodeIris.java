package org.policykg.rdf;

/**
 * The IRIs of the nodes that hang under a subdivision's IRI ({@link Iris#subdivision}): its table cells and the
 * facts of its task units, numbered in document order so that ingesting the same text again gives the same IRIs.
 */
public final class NodeIris {

    private NodeIris() {
    }

    /** A table row's cell, by column index. */
    public static String cell(String row, int index) {
        return row + "/c" + index;
    }

    /** Where the facts of a subdivision's n-th task unit hang (from 1): the subdivision itself for the first, …/u2 after. */
    public static String taskUnit(String subdivision, int unit) {
        return unit == 1 ? subdivision : subdivision + "/u" + unit;
    }

    public static String obligation(String taskUnit) {
        return taskUnit + "/o";
    }

    /** The i-th role assignment of an obligation (from 1). */
    public static String roleAssignment(String obligation, int i) {
        return obligation + "/r" + i;
    }

    public static String deadline(String taskUnit, int i) {
        return taskUnit + "/d" + i;
    }

    public static String threshold(String taskUnit, int i) {
        return taskUnit + "/t" + i;
    }

    public static String citation(String taskUnit, int i) {
        return taskUnit + "/cit" + i;
    }
}
