package org.policykg.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SPARQL query from queries/, with what its header comment declares: a one-line description,
 * parameters ({@code # param: name (type) — what it is}), result columns, an example, and what must be stored for
 * its answer to mean anything ({@code # requires: other-query arg=param … — message naming {param}}).
 */
public record NamedQuery(String name, String text, String description, List<Param> params, List<String> columns,
                         String example, List<Requirement> requires) {

    /** Parameter types: iri, string, date, integer, year, or document (resolved from a user's name for it). */
    public record Param(String name, String type, String description) {

        /** A parameter is required unless its description says "optional". */
        public boolean optional() {
            return description.startsWith("optional");
        }
    }

    /**
     * Another catalog query that must find at least one row, run with this query's parameters ({@code args}: its
     * parameter name to ours); if it finds none, the query is refused with {@code message}, its {param}s filled in.
     * It is checked only when every parameter it takes was given.
     */
    public record Requirement(String query, Map<String, String> args, String message) {}

    private static final Pattern REQUIRES = Pattern.compile("^#\\s*requires:\\s*(\\S+)((?:\\s+\\w+=\\w+)+)\\s*[—-]+\\s*(.+)$");
    /** A header line that starts a field (param:, columns:, example:, a rule's id: …) and so ends the prose. */
    private static final Pattern FIELD = Pattern.compile("^#\\s*[\\w-]+:(\\s|$)");
    private static final Pattern PARAM = Pattern.compile("^#\\s*param:\\s*(\\w+)\\s*\\((\\w+)\\)\\s*[—-]*\\s*(.*)$");

    public static NamedQuery parse(String name, String text) {
        String description = "";
        String example = "";
        List<Param> params = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        List<Requirement> requires = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.startsWith("#")) {
                break;
            }
            Matcher p = PARAM.matcher(line);
            Matcher r = REQUIRES.matcher(line);
            if (r.matches()) {
                Map<String, String> args = new LinkedHashMap<>();
                for (String pair : r.group(2).strip().split("\\s+")) {
                    args.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
                }
                requires.add(new Requirement(r.group(1), Map.copyOf(args), r.group(3).strip()));
            } else if (p.matches()) {
                params.add(new Param(p.group(1), p.group(2), p.group(3).strip()));
            } else if (line.matches("^#\\s*columns:.*")) {
                columns.addAll(List.of(line.replaceFirst("^#\\s*columns:\\s*", "").strip().split("\\s+")));
            } else if (line.matches("^#\\s*example:.*")) {
                example = line.replaceFirst("^#\\s*example:\\s*", "").strip();
            } else if (description.isEmpty()) {
                description = line.replaceFirst("^#\\s*", "").replaceFirst("^" + Pattern.quote(name) + "\\s*[—-]\\s*", "").strip();
            }
        }
        return new NamedQuery(name, text, description, List.copyOf(params), List.copyOf(columns), example,
                List.copyOf(requires));
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
