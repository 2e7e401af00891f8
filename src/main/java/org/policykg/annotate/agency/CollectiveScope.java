package org.policykg.annotate.agency;

/**
 * A collective belongs to the jurisdiction whose document names it: 各有关部门 in a 淮安市 plan are 淮安市各有关部门,
 * 各市人民政府 in an Anhui plan 安徽省各市人民政府, 各级安委办 in a Qingdao plan 青岛市各级安全生产委员会办公室. The
 * label takes the document's place; the words as written stay the mention's written form (an altLabel in the graph).
 * A collective of a national document has no place to take (各省、自治区、直辖市人民政府).
 */
final class CollectiveScope {

    /** Qualifiers of each place under the document's (各地, 各级, 各市…); 省直/市直/国家 name their level themselves. */
    private static final String EACH = "各";

    private final AgencyLexicon lex;
    private final String place;
    private final String code;

    /** {@code place}: the document jurisdiction's full name, null for a national or unplaced document. */
    CollectiveScope(AgencyLexicon lex, String place, String code) {
        this.lex = lex;
        this.place = place;
        this.code = code;
    }

    AgencyMention scope(AgencyMention m) {
        if (place == null) {
            return m;
        }
        String collective = lex.ruleAt(m.label(), 0, "collective");
        String qualifier = lex.ruleAt(m.label(), 0, "qualifier");
        if (collective == null && (qualifier == null || !qualifier.startsWith(EACH))) {
            return m;
        }
        return m.withLabel(place + m.label(), m.jurisdiction() != null ? m.jurisdiction() : code);
    }
}
