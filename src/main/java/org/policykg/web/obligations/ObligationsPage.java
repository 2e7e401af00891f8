package org.policykg.web.obligations;

import java.time.LocalDate;
import java.util.Map;
import org.policykg.query.DocumentResolver;
import org.policykg.query.QueryCatalog;
import org.policykg.query.QueryRunner;
import org.policykg.tables.CorrectedFact;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The obligations explorer: filters and page in the URL (a view can be shared), rendered on the server; a value a
 * person corrected is marked so.
 */
@Controller
class ObligationsPage {

    /** The roles the filter offers, with their Chinese names; 负责 is shown as such but filtered as 牵头. */
    static final Map<String, String> ROLES = Map.of("lead", "牵头", "responsible", "负责", "support", "配合", "recipient", "接收报送");

    private final ObligationSearch search;
    private final QueryCatalog catalog;
    private final QueryRunner runner;
    private final DocumentResolver documents;

    ObligationsPage(ObligationSearch search, QueryCatalog catalog, QueryRunner runner, DocumentResolver documents) {
        this.search = search;
        this.catalog = catalog;
        this.runner = runner;
        this.documents = documents;
    }

    @GetMapping("/obligations")
    String explore(@RequestParam(required = false) String agency, @RequestParam(required = false) String doc,
                   @RequestParam(required = false) String role,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                   @RequestParam(required = false) String status, @RequestParam(required = false) String level,
                   @RequestParam(required = false) String jurisdiction, @RequestParam(defaultValue = "1") int page, Model model) {
        if (ObligationFilter.given(role) && !role.equals("lead") && !role.equals("support") && !role.equals("recipient")) {
            throw new IllegalArgumentException("role '" + role + "' is not one of lead, support, recipient");
        }
        if (ObligationFilter.given(status) && !ObligationFilter.STATUSES.containsKey(status)) {
            throw new IllegalArgumentException("status '" + status + "' is not one of " + String.join(", ", ObligationFilter.STATUSES.keySet()));
        }
        if (ObligationFilter.given(level) && !ObligationFilter.LEVELS.containsKey(level)) {
            throw new IllegalArgumentException("level '" + level + "' is not one of " + String.join(", ", ObligationFilter.LEVELS.keySet()));
        }
        ObligationFilter filter = new ObligationFilter(agency, doc, role, from, to, status, LocalDate.now(), level, jurisdiction);
        // resolved once: a 文号 or part of a title is matched against every document, and both queries below need it
        String docIri = ObligationFilter.given(doc) ? documents.resolve(doc) : null;
        RowPage rows = search.page(filter, docIri, page);
        model.addAttribute("filter", filter);
        model.addAttribute("rows", rows.rows());
        model.addAttribute("paging", rows);
        model.addAttribute("marks", new CorrectedMarks(CorrectedFact.byClause(catalog, runner,
                docIri != null ? Map.of("doc", docIri) : Map.of())));
        model.addAttribute("levels", ObligationFilter.LEVELS);
        model.addAttribute("roles", ROLES);
        model.addAttribute("statuses", ObligationFilter.STATUSES);
        return "obligations";
    }
}
