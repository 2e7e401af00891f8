package org.policykg.annotate.agency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policykg.conventions.Tsv;

/**
 * The renames of the 2018 reform of government bodies (gazetteer/reform-2018.tsv): which name replaced a
 * body's name, where and from when. A body keeps its place: 湛江市环境保护局 → 湛江市生态环境局.
 */
public final class Successions {

    /** The body that replaced {@code label}, from {@code from}. */
    public record Rename(String label, String successor, LocalDate from) {}

    /** One row of the file: a body's old name, its new name, the GB/T 2260 code where it changed, and from when. */
    public record Change(String old, String replacement, String scope, LocalDate from) {}

    private static final Successions STANDARD = new Successions();

    private final List<Change> changes = new ArrayList<>();

    private Successions() {
        for (Map<String, String> r : Tsv.classpath("gazetteer/reform-2018.tsv")) {
            changes.add(new Change(r.get("old"), r.get("new"), r.get("scope"), LocalDate.parse(r.get("from"))));
        }
        changes.sort((a, b) -> b.old().length() - a.old().length());
    }

    public static Successions standard() {
        return STANDARD;
    }

    /** Every change of the file, the longest old name first. */
    public List<Change> changes() {
        return List.copyOf(changes);
    }

    /**
     * The renames that apply to a body, in order (银监局 → 银保监局 → 金融监管局). {@code jurisdiction} is the
     * GB/T 2260 code the body belongs to; a rename scoped to a province applies to every code under it.
     */
    public List<Rename> of(String label, String jurisdiction) {
        List<Rename> chain = new ArrayList<>();
        String current = label;
        for (int step = 0; step < 3; step++) {
            Optional<Rename> next = next(current, jurisdiction);
            if (next.isEmpty()) {
                break;
            }
            chain.add(next.get());
            current = next.get().successor();
        }
        return chain;
    }

    private Optional<Rename> next(String label, String jurisdiction) {
        for (Change r : changes) {
            boolean inScope = r.scope().equals("CN") || jurisdiction != null && jurisdiction.startsWith(r.scope());
            if (inScope && label.endsWith(r.old())) {
                String successor = label.substring(0, label.length() - r.old().length()) + r.replacement();
                return Optional.of(new Rename(label, successor, r.from()));
            }
        }
        return Optional.empty();
    }
}
