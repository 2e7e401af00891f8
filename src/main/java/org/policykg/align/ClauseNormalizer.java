package org.policykg.align;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.conventions.Tsv;
import org.policykg.gazetteer.Jurisdiction;
import org.policykg.gazetteer.Jurisdictions;
import org.policykg.gazetteer.Level;

/**
 * The text a clause is compared on: no outline marker, owner note, whitespace or punctuation; full-width forms
 * folded; every number one digit (plan years differ, the obligation does not); agency abbreviations spelled out;
 * place names and bare level words (省, 市, 县 …) one place token, so 省工业和信息化厅 and 市工业和信息化局 read
 * alike. A clause that opens with a short topic sentence (加大节能监察力度。) has it once more in front, after a
 * segment mark that no n-gram crosses: that sentence names what the clause is about. Word lists:
 * conventions/alignment-words.tsv and gazetteer/divisions.tsv. Thread-safe.
 */
final class ClauseNormalizer {

    static final char PLACE = '@';
    static final char SEGMENT = '|';
    private static final String TOKEN = String.valueOf(PLACE);
    private static final Pattern TOPIC = Pattern.compile("([^。；;！？!?]{2,20})[。；;]");

    private final OwnerNotes owners;
    private final Replacements rewrites;
    private final Replacements places;
    private final Jurisdictions gazetteer;
    private final Map<String, Map<String, String>> ownNames = new ConcurrentHashMap<>();

    ClauseNormalizer(Jurisdictions gazetteer, List<Map<String, String>> words) {
        this.gazetteer = gazetteer;
        Map<String, String> place = new HashMap<>();
        for (Jurisdiction j : gazetteer.all()) {
            place.put(j.name(), TOKEN);
            // county short names are often plain words (资源, 延长, 和平); only higher levels are safe everywhere
            if (j.level() == Level.PROVINCE || j.level() == Level.CITY) {
                place.put(j.shortName(), TOKEN);
            }
        }
        Map<String, String> keep = new HashMap<>();
        Map<String, String> rewrite = new HashMap<>();
        List<String> ownerWords = new ArrayList<>();
        for (Map<String, String> w : words) {
            switch (w.get("kind")) {
                case "level" -> place.put(w.get("from"), TOKEN);
                case "keep" -> keep.put(w.get("from"), w.get("from"));
                case "rewrite" -> rewrite.put(w.get("from"), w.get("to"));
                case "owner" -> ownerWords.add(w.get("from"));
                default -> throw new IllegalStateException("conventions/alignment-words.tsv: unknown kind " + w.get("kind"));
            }
        }
        this.owners = new OwnerNotes(ownerWords);
        this.rewrites = new Replacements(rewrite);
        this.places = new Replacements(Replacements.merge(place, keep));
    }

    static ClauseNormalizer standard() {
        return new ClauseNormalizer(Jurisdictions.standard(), Tsv.classpath("conventions/alignment-words.tsv"));
    }

    String normalize(ClauseText c) {
        return normalize(c.text(), c.jurisdiction());
    }

    /** {@code jurisdiction}: the document's division (name or code), whose own short name is a place too; may be null. */
    String normalize(String text, String jurisdiction) {
        String body = owners.strip(LeadingMarker.strip(text));
        String all = words(body, jurisdiction);
        Matcher topic = TOPIC.matcher(body);
        return topic.lookingAt() && topic.end() < body.length() ? words(topic.group(1), jurisdiction) + SEGMENT + all : all;
    }

    private String words(String text, String jurisdiction) {
        String s = rewrites.apply(fold(text), Map.of());
        return places.apply(s, jurisdiction == null ? Map.of() : ownNames.computeIfAbsent(jurisdiction, this::ownNames));
    }

    /** The document's own names, including a county short name that is not replaced everywhere. */
    private Map<String, String> ownNames(String jurisdiction) {
        Map<String, String> own = new HashMap<>();
        gazetteer.lookup(jurisdiction, "").ifPresent(j -> {
            own.put(j.name(), TOKEN);
            if (j.shortName().length() >= 2) {
                own.put(j.shortName(), TOKEN);
            }
        });
        return own;
    }

    /** NFKC, letters only (Latin lower-cased), each number as one 0. */
    static String fold(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
        boolean inNumber = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isDigit(ch)) {
                if (!inNumber) {
                    out.append('0');
                }
                inNumber = true;
                continue;
            }
            // a decimal point or a thousands separator inside a number belongs to it (5.1万吨)
            if (inNumber && (ch == '.' || ch == ',') && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
                continue;
            }
            inNumber = false;
            if (Character.isLetter(ch) || Character.getType(ch) == Character.LETTER_NUMBER) {
                out.append(Character.toLowerCase(ch));
            }
        }
        return out.toString();
    }
}
