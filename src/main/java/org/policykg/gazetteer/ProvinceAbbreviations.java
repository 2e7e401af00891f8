package org.policykg.gazetteer;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.policykg.conventions.Tsv;

/**
 * The one-character abbreviations (简称) provincial-level divisions' document numbers open with
 * (gazetteer/province-abbreviations.tsv: 粤工信…, 冀工信…, 皖工业…).
 */
public final class ProvinceAbbreviations {

    private static final ProvinceAbbreviations STANDARD = new ProvinceAbbreviations();

    private final Map<String, String> provinces = new HashMap<>();

    private ProvinceAbbreviations() {
        Tsv.classpath("gazetteer/province-abbreviations.tsv").forEach(r -> provinces.put(r.get("abbreviation"), r.get("province")));
    }

    public static ProvinceAbbreviations standard() {
        return STANDARD;
    }

    /** The province whose abbreviation a document number opens with, by name (河北省). */
    public Optional<String> provinceOf(String number) {
        return number == null || number.isEmpty() ? Optional.empty() : Optional.ofNullable(provinces.get(number.substring(0, 1)));
    }
}
