package org.policykg.align;

import java.util.List;
import org.policykg.structure.DocumentMetadata;
import org.policykg.structure.Node;
import org.policykg.structure.ParsedDocument;

/**
 * The aligner's input for one parsed document: every subdivision but the containers whose text repeats their
 * parts, whole tables (their rows are taken) and covering notices (their paragraphs are taken).
 */
public final class ClauseTexts {

    private ClauseTexts() {
    }

    public static List<ClauseText> of(String doc, ParsedDocument parsed, DocumentMetadata meta) {
        String level = meta.level() == null ? null : meta.level().notation();
        String jurisdiction = meta.jurisdiction() == null ? null : meta.jurisdiction().name();
        return parsed.nodes().stream()
                .filter(n -> n.kind() != Node.Kind.TABLE && n.kind() != Node.Kind.NOTICE)
                .map(n -> new ClauseText(doc, n.path(), parsed.textOf(n), level, jurisdiction, meta.planYear()))
                .toList();
    }
}
