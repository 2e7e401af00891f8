package org.policykg.web.reader;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One extracted fact as the reader shows it: its kind (owner, recipient, deadline, threshold, citation), its span in
 * code points of the source text, the words it was read from, what they were read as, the extractor's confidence,
 * an owner's role or a citation's relation, and for a citation the document (or stub) it names. {@code corrected}
 * describes the person's correction that made or changed the fact (what the parser read, who, when, why), null for a
 * fact as extracted; {@code replaced} marks an extracted fact a correction replaced.
 */
public record Fact(String kind, int start, int end, String text, String value, double confidence, String relation,
                   String target, boolean targetStored, String corrected, boolean replaced) {

    /** The five kinds in the legend's order. */
    static final List<String> KIND_ORDER = List.of("owner", "recipient", "deadline", "threshold", "citation");
    private static final Map<String, String> KINDS = Map.of("owner", "责任单位", "recipient", "报送对象", "deadline", "时限",
            "threshold", "量化指标", "citation", "引用文件");
    private static final Map<String, String> RELATIONS = Map.of("lead", "牵头", "support", "配合", "responsible", "负责",
            "recipient", "接收报送", "implements", "贯彻落实", "cites", "引用");

    public String kindLabel() {
        return label(kind);
    }

    static String label(String kind) {
        return KINDS.getOrDefault(kind, kind);
    }

    public String relationLabel() {
        return relationLabel(relation);
    }

    static String relationLabel(String relation) {
        return relation == null || relation.isEmpty() ? "" : RELATIONS.getOrDefault(relation, relation);
    }

    /**
     * One line for the tooltip: 责任单位（负责）：湛江市发展和改革局 · 原文“市发展和改革局” · 置信度 0.86; for a corrected fact
     * 责任单位（牵头）：湛江市工业和信息化局 · 人工校正，原抽取值“湛江市发展和改革局”（admin，2026-12-06：note）.
     */
    public String describe() {
        if (corrected != null) {
            return title() + " · 人工校正，" + corrected;
        }
        String stub = kind.equals("citation") && !targetStored ? " · 未收录" : "";
        return title() + " · 原文“" + text.strip() + "” · 置信度 " + String.format(Locale.ROOT, "%.2f", confidence) + stub
                + (replaced ? " · 已被人工校正取代" : "");
    }

    /** 责任单位（牵头）：湛江市发展和改革局. */
    String title() {
        String role = relationLabel().isEmpty() || kind.equals("recipient") ? "" : "（" + relationLabel() + "）";
        return kindLabel() + role + "：" + value;
    }
}
