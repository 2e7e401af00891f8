package org.policykg.link;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forms under which a document's title is matched with a cited title: as written without whitespace or
 * book-title marks (full- and half-width folded), and the plan a covering notice issues
 * (…关于印发《X》的通知 → X), since one document cites a plan by its notice and another by its own title.
 */
final class TitleKeys {

    private static final Pattern NOISE = Pattern.compile("[\\s\\u3000《》〈〉<>]");
    private static final Pattern ISSUED = Pattern.compile("印发(.+)的通知$");

    private TitleKeys() {
    }

    static Set<String> of(String title) {
        Set<String> keys = new LinkedHashSet<>();
        if (title == null) {
            return keys;
        }
        String t = fold(title);
        if (!t.isEmpty()) {
            keys.add(t);
        }
        issued(title).ifPresent(keys::add);
        return keys;
    }

    /** The title of the plan a covering notice issues, folded; empty when the title is not such a notice. */
    static Optional<String> issued(String title) {
        Matcher m = ISSUED.matcher(fold(title));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static String fold(String title) {
        return NOISE.matcher(Normalizer.normalize(title, Normalizer.Form.NFKC)).replaceAll("");
    }
}
