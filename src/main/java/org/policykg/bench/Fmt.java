package org.policykg.bench;

import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/** Number formats and Markdown tables of the results file. */
final class Fmt {

    private Fmt() {
    }

    /** 1.23 M, 45.6 k, 789: three significant figures with an SI prefix. */
    static String si(double v) {
        if (v >= 1e9) {
            return sig(v / 1e9) + " G";
        }
        if (v >= 1e6) {
            return sig(v / 1e6) + " M";
        }
        if (v >= 1e3) {
            return sig(v / 1e3) + " k";
        }
        return sig(v);
    }

    static String sig(double v) {
        if (v >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        return String.format(Locale.ROOT, v >= 10 ? "%.1f" : "%.2f", v);
    }

    static String ms(double v) {
        return String.format(Locale.ROOT, v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : "%.2f", v);
    }

    static String seconds(double v) {
        return String.format(Locale.ROOT, "%.2f s", v);
    }

    static String ratio(double v) {
        return String.format(Locale.ROOT, "%.2f×", v);
    }

    static String bytes(long b) {
        return b >= 1e9 ? String.format(Locale.ROOT, "%.2f GB", b / 1e9) : String.format(Locale.ROOT, "%.0f MB", b / 1e6);
    }

    static String bytes(OptionalLong b) {
        return b.isPresent() ? bytes(b.getAsLong()) : "n/a";
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String table(List<String> header, List<List<String>> rows) {
        StringBuilder t = new StringBuilder();
        t.append(row(header));
        t.append(row(header.stream().map(h -> "---").toList()));
        rows.forEach(r -> t.append(row(r)));
        return t.append('\n').toString();
    }

    private static String row(List<String> cells) {
        return "| " + String.join(" | ", cells.stream().map(c -> c.replace("|", "\\|").replace("\n", " ")).toList()) + " |\n";
    }
}
