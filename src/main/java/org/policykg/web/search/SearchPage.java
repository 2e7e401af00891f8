package org.policykg.web.search;

import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Full-text search of the documents' text: /search?q=…, rendered on the server. */
@Controller
class SearchPage {

    /** The kinds of subdivision, as the page names them. */
    static final Map<String, String> KINDS = Map.of("Clause", "条款", "Paragraph", "段落", "Table", "表格", "TableRow", "表格行",
            "CoveringNotice", "印发通知", "Attachment", "附件");

    private final ClauseSearch search;

    SearchPage(ClauseSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("answer", search.find(q));
        model.addAttribute("kinds", KINDS);
        return "search";
    }
}
