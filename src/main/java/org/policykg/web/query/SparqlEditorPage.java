package org.policykg.web.query;

import java.util.List;
import org.policykg.query.NamedQuery;
import org.policykg.query.QueryCatalog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

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
        model.addAttribute("catalog", catalog.all().stream()
                .map(q -> new CatalogTab(q.name(), q.text(), q.about(), q.params())).toList());
        model.addAttribute("endpoint", SparqlProxy.PATH);
        return "sparql";
    }
}
