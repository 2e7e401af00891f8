package org.policykg.web.trace;

import org.policykg.trace.TraceService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A clause's trace up the levels with what each level changed (GET /trace?clause=…); the reader links each clause here. */
@Controller
class TracePages {

    private final TraceService traces;

    TracePages(TraceService traces) {
        this.traces = traces;
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
