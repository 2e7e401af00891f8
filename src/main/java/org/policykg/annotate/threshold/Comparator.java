package org.policykg.annotate.threshold;

/** How a threshold bounds its quantity, named as in CONVENTIONS.md ("及以下 → <="). */
public enum Comparator {
    LT("<"), LE("<="), GT(">"), GE(">="), EQ("=");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
