package org.policykg.web.reader;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The document reader (GET /document?doc=…): the full text with its outline and every extracted fact highlighted, and
 * the corrections of the document that can no longer be placed. A signed-in admin gets a correction form on each clause
 * holding an obligation or threshold, and on the document's header; others a link to sign in, when an admin is set up.
 * A cited document that is not stored (its stub's IRI) shows as cited, with the clauses citing it.
 */
@Controller
class ReaderPage {

    private final DocumentReading reading;
    private final CitedStub stubs;
    private final ReaderEdits edits;
    private final boolean adminSetUp;

    ReaderPage(DocumentReading reading, CitedStub stubs, ReaderEdits edits, @Value("${policykg.admin.password:}") String password) {
        this.reading = reading;
        this.stubs = stubs;
        this.edits = edits;
        this.adminSetUp = !password.isBlank();
    }

    @GetMapping("/document")
    String document(@RequestParam String doc, Model model, HttpServletRequest request) {
        var stub = stubs.find(doc.strip());
        if (stub.isPresent()) {
            model.addAttribute("stub", stub.get());
            return "cited";
        }
        ReaderView page = reading.read(doc);
        boolean admin = request.isUserInRole("ADMIN");
        model.addAttribute("page", page);
        model.addAttribute("edit", edits.of(page.document().iri(), admin));
        model.addAttribute("admin", admin);
        model.addAttribute("login", admin ? request.getUserPrincipal().getName() : "");
        model.addAttribute("signIn", adminSetUp && !admin);
        return "document";
    }
}
