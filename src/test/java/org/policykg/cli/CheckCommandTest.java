package org.policykg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.rdf.PKG;
import org.policykg.store.KgStore;

/** {@code check} as a pipeline step: exit status 1 exactly when an error-level finding exists. */
class CheckCommandTest {

    private static String storeWith(Path dir, String fixture) {
        try (KgStore store = KgStore.open(dir)) {
            store.replaceGraph(PKG.GRAPH + "doc/fixture", RDFDataMgr.loadModel("rules/" + fixture));
        }
        return dir.toString();
    }

    @Test
    void shouldExitZeroWhenNothingIsWrong(@TempDir Path dir) {
        CommandRun check = CommandRun.of("--store", storeWith(dir, "shacl-pass.ttl"), "check");

        assertThat(check.code()).as(check.err()).isZero();
        assertThat(check.out()).startsWith("PolicyKG check: 0 errors, 0 warnings, 0 info").contains("shacl");
    }

    @Test
    void shouldExitOneAndListTheErrorAsCsvWhenADeadlinePrecedesTheDateOfIssue(@TempDir Path dir) {
        CommandRun check = CommandRun.of("--store", storeWith(dir, "deadline-before-issue-fire.ttl"), "check", "--rule", "deadline-before-issue", "--format", "csv");

        assertThat(check.code()).isEqualTo(1);
        assertThat(check.out().lines().toList()).first().isEqualTo("rule,severity,doc,clause,message");
        assertThat(check.out()).contains("deadline-before-issue,error,某市2021年推动落后产能退出工作方案,四/（一）/¶1,");
    }

    @Test
    void shouldRejectAnUnknownRuleWithExitTwo(@TempDir Path dir) {
        CommandRun check = CommandRun.of("--store", storeWith(dir, "shacl-pass.ttl"), "check", "--rule", "no-such-rule");

        assertThat(check.code()).isEqualTo(2);
        assertThat(check.err()).contains("no rule 'no-such-rule'");
    }
}
