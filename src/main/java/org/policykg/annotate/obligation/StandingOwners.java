package org.policykg.annotate.obligation;

import java.util.ArrayList;
import java.util.List;
import org.policykg.annotate.obligation.NodeFacts.Located;
import org.policykg.annotate.role.RoleFact;

/**
 * Bodies a note adds to every task after it (以下各项均需各区人民政府落实，不再列出), up to the end of the section
 * holding the note. One per document read; not thread-safe.
 */
final class StandingOwners {

    private record Note(List<Located<RoleFact>> bodies, int after, int until) {}

    private final List<Note> notes = new ArrayList<>();

    void add(List<Located<RoleFact>> bodies, int after, int until) {
        if (!bodies.isEmpty()) {
            notes.add(new Note(bodies, after, until));
        }
    }

    /** The bodies of the notes whose scope holds a task starting at {@code start}. */
    List<Located<RoleFact>> at(int start) {
        return notes.stream().filter(n -> n.after() < start && start < n.until())
                .flatMap(n -> n.bodies().stream()).map(l -> new Located<>(l.fact().inherited(), l.start(), l.end())).toList();
    }
}
