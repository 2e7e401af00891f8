package org.policykg.check;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How bad a finding is; {@code check} exits 1 when any finding is an error. Declared worst first. */
public enum Severity {
    ERROR, WARNING, INFO;

    public static Severity parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown severity '" + s + "' (error, warning or info)");
        }
    }

    /** The severity of a SHACL result, from the local name of its sh:resultSeverity (Violation, Warning, Info). */
    static Severity ofShacl(String localName) {
        return switch (localName) {
            case "Violation" -> ERROR;
            case "Warning" -> WARNING;
            default -> INFO;
        };
    }

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
