package org.policykg.web.reader;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The document reader (GET /document?doc=…): the full text with its outline and every extracted fact highlighted. A
 * cited document that is not stored (its stub's IRI) shows as cited, with the clauses citing it.
 */
@Controller
class ReaderPage {

    private final DocumentReading reading;
    private final CitedStub stubs;

    ReaderPage(DocumentReading reading, CitedStub stubs) {
        this.reading = reading;
        this.stubs = stubs;
    }

    @GetMapping("/document")
    String document(@RequestParam String doc, Model model) {
        var stub = stubs.find(doc.strip());
        if (stub.isPresent()) {
            model.addAttribute("stub", stub.get());
            return "cited";
        }
        model.addAttribute("page", reading.read(doc));
        return "document";
    }
}
