package org.policykg.read;

/** A library's exception as a short single line for an error message. */
final class OneLine {

    private OneLine() {
    }

    static String of(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String line = m.replaceAll("\\s+", " ").strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
