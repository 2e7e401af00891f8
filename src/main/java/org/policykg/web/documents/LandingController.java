package org.policykg.web.documents;

import org.policykg.sparql.FusekiEndpoint;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page: what the store holds and where to query it. */
@Controller
class LandingController {

    private final DocumentListing listing;
    private final ObjectProvider<FusekiEndpoint> fuseki;
    LandingController(DocumentListing listing, ObjectProvider<FusekiEndpoint> fuseki) {
        this.listing = listing;
        this.fuseki = fuseki;
    }

    @GetMapping("/")
    String index(Model model) {
        var docs = listing.documents();
        model.addAttribute("documents", docs);
        model.addAttribute("clauses", docs.stream().mapToLong(DocumentSummary::clauses).sum());
        FusekiEndpoint f = fuseki.getIfAvailable();
        model.addAttribute("sparql", f != null && f.isRunning() ? f.sparqlUrl() : null);
        return "index";
    }
}
