package org.policykg.web.corrections;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policykg.correct.CorrectionService;
import org.policykg.web.documents.DocumentListing;
import org.policykg.web.reader.ReaderEdits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Every correction (GET /corrections) with where it applies now, who made it, when and why: the orphaned ones (their
 * clause deleted or reworded beyond recognition) first, then the latest first. A signed-in admin can undo each.
 */
@Controller
class CorrectionsPage {

    /** One row: the correction and its document's title (its IRI when the document is no longer stored). */
    record Row(ReaderEdits.Made made, String doc, String docTitle) {}

    static final Map<String, String> STATUSES = Map.of("anchored", "原处生效", "reanchored", "随条款改写后生效",
            "orphaned", "无法定位", "superseded", "已被取代");

    private final CorrectionService corrections;
    private final DocumentListing documents;
    private final boolean adminSetUp;

    CorrectionsPage(CorrectionService corrections, DocumentListing documents, @Value("${policykg.admin.password:}") String password) {
        this.corrections = corrections;
        this.documents = documents;
        this.adminSetUp = !password.isBlank();
    }

    @GetMapping("/corrections")
    String list(Model model, HttpServletRequest request) {
        Map<String, String> titles = new HashMap<>();
        List<Row> rows = corrections.list().stream()
                .sorted(Comparator.comparing((CorrectionService.Listed l) -> !l.status().equals("orphaned"))
                        .thenComparing(l -> l.correction().time(), Comparator.reverseOrder()))
                .map(l -> new Row(ReaderEdits.made(l), l.correction().doc(), titles.computeIfAbsent(l.correction().doc(), this::title)))
                .toList();
        boolean admin = request.isUserInRole("ADMIN");
        model.addAttribute("rows", rows);
        model.addAttribute("orphaned", rows.stream().filter(r -> r.made().status().equals("orphaned")).count());
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("admin", admin);
        model.addAttribute("signIn", adminSetUp && !admin);
        return "corrections";
    }

    private String title(String iri) {
        try {
            return documents.document(iri).title();
        } catch (IllegalArgumentException e) {
            return iri;
        }
    }
}
