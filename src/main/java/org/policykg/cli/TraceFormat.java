package org.policykg.cli;

import java.util.Arrays;
import java.util.List;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.policykg.output.Csv;
import org.policykg.output.FormatNames;
import org.policykg.trace.Trace;
import org.policykg.trace.TraceStep;

/** How the trace command prints: a readable table with the differences, CSV (one line per step) or JSON. */
enum TraceFormat {
    TABLE, CSV, JSON;

    static final List<String> CSV_COLUMNS = List.of("level", "doc", "number", "title", "clause", "score", "text");
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static TraceFormat parse(String s) {
        return FormatNames.parse(TraceFormat.class, s, "format");
    }

    String render(Trace trace) {
        return switch (this) {
            case TABLE -> TraceTable.render(trace);
            case CSV -> csv(trace);
            case JSON -> json(trace);
        };
    }

    private static String csv(Trace trace) {
        StringBuilder out = new StringBuilder(Csv.line(CSV_COLUMNS));
        for (TraceStep s : trace.steps()) {
            out.append(Csv.line(Arrays.asList(s.level(), s.doc(), s.number(), s.title(), s.clause(), TraceTable.score(s.score()),
                    s.text())));
        }
        return out.toString();
    }

    private static String json(Trace trace) {
        try {
            return MAPPER.writeValueAsString(trace) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
