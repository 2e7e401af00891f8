package org.policykg.web.trace;

import org.policykg.trace.TraceService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages a reader traces from: a document's subdivisions, each with a link to its trace
 * (GET /document?doc=…), and a clause's trace up the levels with what each level changed (GET /trace?clause=…).
 */
@Controller
class TracePages {

    private final ClauseListing clauses;
    private final TraceService traces;

    TracePages(ClauseListing clauses, TraceService traces) {
        this.clauses = clauses;
        this.traces = traces;
    }

    @GetMapping("/document")
    String document(@RequestParam String doc, Model model) {
        model.addAttribute("page", clauses.of(doc));
        return "document";
    }

    @GetMapping("/trace")
    String trace(@RequestParam(required = false) String clause, @RequestParam(required = false) String doc,
                 @RequestParam(required = false) String path, Model model) {
        String iri = clause != null && !clause.isBlank() ? clause.strip() : null;
        if (iri == null && (doc == null || path == null)) {
            throw new IllegalArgumentException("give clause=IRI, or doc=… and path=… (e.g. doc=湛江&path=二/（一）/3)");
        }
        model.addAttribute("trace", traces.trace(iri != null ? iri : traces.clause(doc, path)));
        return "trace";
    }
}
