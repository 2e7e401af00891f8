package org.policykg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.policykg.gazetteer.Jurisdiction;
import org.policykg.gazetteer.Level;

/**
 * How a generated document of one jurisdiction names itself and its agencies: 我省, 省工业和信息化厅,
 * 湛江市生态环境局. A jurisdiction keeps the same agency names in all its documents.
 */
final class Locality {

    private final Jurisdiction jurisdiction;
    private final BenchData data;
    private final long seed;
    private final String column;
    private final String self;

    Locality(Jurisdiction jurisdiction, BenchData data, long seed) {
        this.jurisdiction = jurisdiction;
        this.data = data;
        this.seed = seed;
        Level level = jurisdiction.level();
        boolean municipality = level == Level.PROVINCE && jurisdiction.name().endsWith("市");
        this.column = municipality ? "municipality" : level == Level.NATIONAL ? "national" : level.notation();
        this.self = level == Level.NATIONAL ? "国" : data.selfWord(level.notation(), jurisdiction.name());
    }

    Jurisdiction jurisdiction() {
        return jurisdiction;
    }

    boolean national() {
        return jurisdiction.level() == Level.NATIONAL;
    }

    /** 省, 市, 州, 县, 区 … (国 for the nation). */
    String self() {
        return self;
    }

    /** The name a title opens with: 广东省, 开平市, or 全国. */
    String name() {
        return national() ? "全国" : jurisdiction.name();
    }

    String government() {
        return national() ? "国务院" : self + "人民政府";
    }

    /** The agency's formal name without place (工业和信息化厅), or null when the level has none. */
    String agency(String key) {
        List<String> variants = data.agency(key, column);
        return variants.isEmpty() ? null : Seeds.stable(variants, seed, jurisdiction.code() + "/" + key);
    }

    /** As the document's own text names it: 市工业和信息化局 (national bodies carry no prefix). */
    String prefixed(String key) {
        String a = agency(key);
        return a == null || national() ? a : self + a;
    }

    /** As another jurisdiction's document names it: 广东省工业和信息化厅. */
    String full(String key) {
        String a = agency(key);
        return a == null || national() ? a : jurisdiction.name() + a;
    }

    /** Several agencies, written either each with its prefix or with one prefix shared by the list. */
    String list(List<String> keys, Random r) {
        List<String> names = new ArrayList<>();
        for (String k : keys) {
            String a = agency(k);
            if (a != null) {
                names.add(a);
            }
        }
        if (national()) {
            return String.join("、", names);
        }
        if (r.nextBoolean()) {
            return self + String.join("、", names);
        }
        return String.join("、", names.stream().map(n -> self + n).toList());
    }
}
