package org.policykg.annotate.role;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.conventions.Tsv;

/**
 * A report that names no one to receive it goes to the body that asked for it, the document's issuer
 * (各区市于10月13日前报送工作通讯录 in a notice of the city's 安委办: to the 安委办). Reports into a system or a
 * platform (网上报送, 报送至系统) have no body to receive them. Verbs and exclusions: conventions/unaddressed-reports.tsv.
 */
public final class UnaddressedReport {

    private static final UnaddressedReport STANDARD = new UnaddressedReport();

    private static final String CLAUSE_ENDS = "，,。；;：:！？!?\n";

    private final Pattern verb;
    private final Pattern notABody;

    private UnaddressedReport() {
        StringBuilder verbs = new StringBuilder();
        StringBuilder not = new StringBuilder();
        for (var row : Tsv.classpath("conventions/unaddressed-reports.tsv")) {
            StringBuilder into = "verb".equals(row.get("kind")) ? verbs : not;
            into.append(into.isEmpty() ? "" : "|").append(Pattern.quote(row.get("word")));
        }
        this.verb = Pattern.compile(verbs.toString());
        this.notABody = Pattern.compile(not.toString());
    }

    public static UnaddressedReport standard() {
        return STANDARD;
    }

    /** Where a text reports without naming a receiver; empty when it does not report, or reports into a system. */
    public OptionalInt in(String text) {
        Matcher m = verb.matcher(text);
        while (m.find()) {
            if (!notABody.matcher(clauseAround(text, m.start(), m.end())).find()) {
                return OptionalInt.of(m.start());
            }
        }
        return OptionalInt.empty();
    }

    /** The comma-delimited clause holding the verb: 通过监管系统企业终端报送 goes into the system. */
    private static String clauseAround(String text, int start, int end) {
        int a = start;
        while (a > 0 && CLAUSE_ENDS.indexOf(text.charAt(a - 1)) < 0) {
            a--;
        }
        int z = end;
        while (z < text.length() && CLAUSE_ENDS.indexOf(text.charAt(z)) < 0) {
            z++;
        }
        return text.substring(a, z);
    }
}
