package org.policykg.web.dashboard;

import static org.policykg.query.Solutions.text;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policykg.query.QueryCatalog;
import org.policykg.query.QueryRunner;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboard (GET /dashboard?jurisdiction=… or ?agency=…): obligations due per month with the overdue ones as of
 * today, from queries/web/due-by-month.rq, drawn on the server as an SVG bar chart with the same figures as a table.
 */
@Controller
class DashboardPage {

    private final QueryCatalog catalog;
    private final QueryRunner runner;

    DashboardPage(QueryCatalog catalog, QueryRunner runner) {
        this.catalog = catalog;
        this.runner = runner;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String agency, Model model) {
        LocalDate today = LocalDate.now();
        Map<String, String> params = new HashMap<>(Map.of("today", today.toString()));
        if (jurisdiction != null && !jurisdiction.isBlank()) {
            params.put("jurisdiction", jurisdiction.strip());
        }
        if (agency != null && !agency.isBlank()) {
            params.put("agency", agency.strip());
        }
        List<MonthCount> counts = new ArrayList<>();
        runner.select(catalog.get("web/due-by-month"), params).forEachRemaining(s -> counts.add(new MonthCount(
                YearMonth.parse(text(s, "month")), s.getLiteral("due").getLong(), s.getLiteral("overdue").getLong())));
        model.addAttribute("jurisdiction", params.get("jurisdiction"));
        model.addAttribute("agency", params.get("agency"));
        model.addAttribute("today", today);
        model.addAttribute("counts", counts);
        model.addAttribute("due", counts.stream().mapToLong(MonthCount::due).sum());
        model.addAttribute("overdue", counts.stream().mapToLong(MonthCount::overdue).sum());
        model.addAttribute("chart", BarChart.of(counts));
        return "dashboard";
    }
}
