package org.policykg.web.tables;

import java.time.LocalDate;
import java.util.List;
import org.policykg.query.DocumentResolver;
import org.policykg.tables.TableWords;
import org.policykg.tables.TaskTables;
import org.policykg.web.NotFoundWhenUnknown;
import org.policykg.web.documents.DocumentListing;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A document's task-division table (GET /tables?doc=…): the preview as the downloads print it, the options of the
 * table command in a form (a subordinate's draft, 具体措施, 状态 as of a day), and a download per format.
 */
@Controller
@NotFoundWhenUnknown
class TablePage {

    /** The formats offered, in the order of the links. */
    static final List<String> FORMATS = List.of("docx", "xlsx", "csv", "html");

    private final TaskTables tables;
    private final DocumentResolver resolver;
    private final DocumentListing listing;

    TablePage(TaskTables tables, DocumentResolver resolver, DocumentListing listing) {
        this.tables = tables;
        this.resolver = resolver;
        this.listing = listing;
    }

    @GetMapping("/tables")
    String table(@RequestParam String doc, @RequestParam(required = false) String draftFor,
                 @RequestParam(defaultValue = "" + TableRequest.DEFAULT_MARGIN) int marginDays,
                 @RequestParam(defaultValue = "false") boolean details,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model) {
        String iri = resolver.resolve(doc);
        TableRequest request = new TableRequest(iri, draftFor, marginDays, details, asOf);
        model.addAttribute("request", request);
        model.addAttribute("document", listing.document(iri));
        model.addAttribute("table", request.build(tables));
        model.addAttribute("words", TableWords.standard());
        model.addAttribute("downloads", FORMATS.stream().map(f -> new Download(f.toUpperCase(java.util.Locale.ROOT), request.download(f))).toList());
        return "tables";
    }

    /** One download link: the format's name and its address. */
    record Download(String name, String href) {}
}
