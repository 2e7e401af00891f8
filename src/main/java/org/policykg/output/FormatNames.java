package org.policykg.output;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Reads a format's name as a user writes it ({@code csv}, {@code HTML}) into its enum constant, the one message for a wrong one. */
public final class FormatNames {

    private FormatNames() {
    }

    /** The constant named {@code given} in any case; otherwise an error listing the names ({@code kind}: "format", "table format"). */
    public static <E extends Enum<E>> E parse(Class<E> type, String given, String kind) {
        List<String> names = Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
        String name = given == null ? "" : given.strip().toLowerCase(Locale.ROOT);
        int at = names.indexOf(name);
        if (at < 0) {
            String choices = String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
            throw new IllegalArgumentException("unknown " + kind + " '" + given + "' (" + choices + ")");
        }
        return type.getEnumConstants()[at];
    }
}
