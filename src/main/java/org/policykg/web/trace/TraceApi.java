package org.policykg.web.trace;

import org.policykg.trace.Trace;
import org.policykg.trace.TraceService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/trace?clause=IRI (or ?doc=…&amp;path=…): a clause's chain up to the directives above it, with what each
 * level changed, as JSON. An unknown clause is 404, a request naming none or an ambiguous document 400.
 */
@RestController
class TraceApi {

    private final TraceService traces;

    TraceApi(TraceService traces) {
        this.traces = traces;
    }

    @GetMapping("/api/trace")
    Trace trace(@RequestParam(required = false) String clause, @RequestParam(required = false) String doc,
                @RequestParam(required = false) String path) {
        if (clause != null && !clause.isBlank()) {
            return traces.trace(clause.strip());
        }
        if (doc == null || path == null) {
            throw new IllegalArgumentException("give clause=IRI, or doc=… and path=… (e.g. doc=湛江&path=二/（一）/3)");
        }
        return traces.trace(traces.clause(doc, path));
    }
}
