package org.policykg.annotate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.policykg.annotate.agency.AgencyMention;
import org.policykg.annotate.agency.Successions;
import org.policykg.annotate.obligation.NodeFacts;
import org.policykg.read.Overrides;
import org.policykg.read.SourceDocument;
import org.policykg.structure.DocumentMetadata;
import org.policykg.structure.ParsedDocument;

/**
 * What annotating one document finds, the one result the RDF mapper, eval and the bench read: the source, its
 * structure and metadata, the facts of each subdivision (or task of one), and for every body that owes or receives
 * a task the renames of the 2018 reform that replaced its name, so that mapping does no look-ups of its own.
 */
public record DocumentFacts(SourceDocument source, ParsedDocument parsed, DocumentMetadata metadata, Overrides overrides,
                            List<NodeFacts> nodes, Map<String, List<Successions.Rename>> renames) {

    public static DocumentFacts of(SourceDocument source, ParsedDocument parsed, DocumentMetadata metadata, Overrides overrides,
                                   List<NodeFacts> nodes) {
        String place = place(metadata);
        Map<String, List<Successions.Rename>> renames = new HashMap<>();
        nodes.stream().flatMap(n -> Stream.concat(n.owners().stream(), n.recipients().stream()))
                .map(l -> l.fact().agency())
                .filter(a -> a.kind() != AgencyMention.Kind.COLLECTIVE)
                .forEach(a -> renames.computeIfAbsent(key(a, place), k -> Successions.standard().of(a.label(), jurisdiction(a, place))));
        return new DocumentFacts(source, parsed, metadata, overrides, List.copyOf(nodes), Map.copyOf(renames));
    }

    /** The renames of a body the document names, in order (银监局 → 银保监局 → 金融监管局); none for a collective. */
    public List<Successions.Rename> renamesOf(AgencyMention a) {
        return a.kind() == AgencyMention.Kind.COLLECTIVE ? List.of() : renames.getOrDefault(key(a, place(metadata)), List.of());
    }

    /** A body's place is its own, else the document's: a rename scoped to a province applies within it. */
    private static String jurisdiction(AgencyMention a, String place) {
        return a.jurisdiction() != null ? a.jurisdiction() : place;
    }

    private static String key(AgencyMention a, String place) {
        return a.label() + '\u0000' + jurisdiction(a, place);
    }

    private static String place(DocumentMetadata m) {
        return m.jurisdiction() == null ? null : m.jurisdiction().code();
    }
}
