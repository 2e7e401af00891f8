package org.policykg.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SPARQL query from queries/, with what its header comment declares: a one-line description,
 * parameters ({@code # param: name (type) — what it is}), result columns and an example.
 */
public record NamedQuery(String name, String text, String description, List<Param> params, List<String> columns,
                         String example) {

    /** Parameter types: iri, string, date, integer, year, or document (resolved from a user's name for it). */
    public record Param(String name, String type, String description) {

        /** A parameter is required unless its description says "optional". */
        public boolean optional() {
            return description.startsWith("optional");
        }
    }

    /** A header line that starts a field (param:, columns:, example:, a rule's id: …) and so ends the prose. */
    private static final Pattern FIELD = Pattern.compile("^#\\s*[\\w-]+:(\\s|$)");
    private static final Pattern PARAM = Pattern.compile("^#\\s*param:\\s*(\\w+)\\s*\\((\\w+)\\)\\s*[—-]*\\s*(.*)$");

    public static NamedQuery parse(String name, String text) {
        String description = "";
        String example = "";
        List<Param> params = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.startsWith("#")) {
                break;
            }
            Matcher p = PARAM.matcher(line);
            if (p.matches()) {
                params.add(new Param(p.group(1), p.group(2), p.group(3).strip()));
            } else if (line.matches("^#\\s*columns:.*")) {
                columns.addAll(List.of(line.replaceFirst("^#\\s*columns:\\s*", "").strip().split("\\s+")));
            } else if (line.matches("^#\\s*example:.*")) {
                example = line.replaceFirst("^#\\s*example:\\s*", "").strip();
            } else if (description.isEmpty()) {
                description = line.replaceFirst("^#\\s*", "").replaceFirst("^" + Pattern.quote(name) + "\\s*[—-]\\s*", "").strip();
            }
        }
        return new NamedQuery(name, text, description, List.copyOf(params), List.copyOf(columns), example);
    }

    /** The description with the header lines that carry it on, up to the first field: what a reader is shown. */
    public String about() {
        StringBuilder about = new StringBuilder(description);
        String[] lines = text.split("\\R");
        for (int i = 1; i < lines.length && lines[i].startsWith("#") && !FIELD.matcher(lines[i]).find(); i++) {
            about.append(' ').append(lines[i].replaceFirst("^#\\s*", "").strip());
        }
        return about.toString();
    }

    public boolean declares(String param) {
        return params.stream().anyMatch(p -> p.name().equals(param));
    }
}
