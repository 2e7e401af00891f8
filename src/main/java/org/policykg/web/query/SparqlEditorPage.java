package org.policykg.web.query;

import java.util.List;
import org.policykg.query.NamedQuery;
import org.policykg.query.QueryCatalog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The SPARQL editor (YASGUI, bundled under /vendor/yasgui): every catalog query as a ready tab. */
@Controller
class SparqlEditorPage {

    /** What a tab needs: the query's name, text, description and parameters. */
    record CatalogTab(String name, String text, String description, List<NamedQuery.Param> params) {}

    private final QueryCatalog catalog;

    SparqlEditorPage(QueryCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/sparql")
    String editor(Model model) {
        model.addAttribute("catalog", tabs());
        model.addAttribute("endpoint", SparqlProxy.PATH);
        return "sparql";
    }

    /** The tabs as JSON for the page's script: the Content-Security-Policy allows no inline script to carry them. */
    @GetMapping(path = "/sparql/catalog", produces = "application/json")
    @ResponseBody
    List<CatalogTab> catalog() {
        return tabs();
    }

    private List<CatalogTab> tabs() {
        return catalog.all().stream().map(q -> new CatalogTab(q.name(), q.text(), q.about(), q.params())).toList();
    }
}
