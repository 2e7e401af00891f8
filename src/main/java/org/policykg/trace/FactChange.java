package org.policykg.trace;

import java.util.List;

/**
 * A fact the graph holds for both clauses of an aligned pair, with different values: {@code kind} is owner, deadline
 * or threshold; {@code higher} what the higher clause says, {@code lower} what the lower clause says instead.
 */
public record FactChange(String kind, List<String> higher, List<String> lower) {
}
