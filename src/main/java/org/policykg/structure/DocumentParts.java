package org.policykg.structure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.conventions.Tsv;

/** Recognizes the non-body parts of an official document by line, from conventions/document-parts.tsv. */
final class DocumentParts {

    enum Part { COPY_TO, PUBLICITY, PRINTED_BY, ATTACHMENT_NOTE, ATTACHMENT_LABEL, DATE, CONTACT, SEAL_NOTE, TABLE_CAPTION, EXPORT_NOTE }

    record Match(Part part, String value) {}

    private final Map<Part, Pattern> patterns = new LinkedHashMap<>();

    DocumentParts() {
        for (Map<String, String> row : Tsv.classpath("conventions/document-parts.tsv")) {
            Part part = Part.valueOf(row.get("part").toUpperCase().replace('-', '_'));
            patterns.put(part, Pattern.compile(row.get("pattern")));
        }
        if (patterns.size() != Part.values().length) {
            throw new IllegalStateException("conventions/document-parts.tsv must define every part: " + java.util.Arrays.toString(Part.values()));
        }
    }

    Optional<Match> match(String content) {
        for (Map.Entry<Part, Pattern> e : patterns.entrySet()) {
            Matcher m = e.getValue().matcher(content);
            if (m.find()) {
                String v = m.pattern().pattern().contains("(?<v>") && m.group("v") != null ? m.group("v") : content;
                return Optional.of(new Match(e.getKey(), v.strip()));
            }
        }
        return Optional.empty();
    }
}
