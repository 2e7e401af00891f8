package org.policykg.web.query;

import java.util.List;
import org.policykg.check.CheckReport;
import org.policykg.check.RuleChecker;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/checks[?rule=ID…]: the report of {@code check --format json}. */
@RestController
class CheckApi {

    private final RuleChecker checker;

    CheckApi(RuleChecker checker) {
        this.checker = checker;
    }

    @GetMapping("/api/checks")
    CheckReport.Json checks(@RequestParam(name = "rule", required = false) List<String> rules) {
        return checker.check(rules == null ? List.of() : rules).json();
    }
}
