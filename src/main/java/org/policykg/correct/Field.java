package org.policykg.correct;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.RDF;
import org.policykg.rdf.ELI;
import org.policykg.rdf.PKG;
import org.policykg.rdf.QUDT;

/**
 * What a correction changes, on an obligation, a threshold or a document. A role field replaces the bodies in that
 * role; {@code lead} also replaces the responsible bodies (负责), since the tables and the obligations query show them
 * as the lead when no 牵头 body is named. {@code not-obligation} hides the obligation from the corrected view.
 * {@code threshold-value} replaces the number as written and its normalized value (scaled as the parser scaled it);
 * {@code threshold-unit} the unit as written. The document fields replace its 文号, date, level and
 * jurisdiction (a division of the gazetteer, by code, full name or unambiguous short name). {@code obligation} adds an
 * obligation the parser missed to a clause (its text is the value); {@code merge-agency} and {@code split-alias} change
 * the agency nodes themselves ({@link AgencyChanges}).
 */
public enum Field {
    LEAD("lead", "牵头单位", Subject.OBLIGATION, Kind.ROLE, List.of(PKG.lead, PKG.responsible)),
    SUPPORT("support", "配合单位", Subject.OBLIGATION, Kind.ROLE, List.of(PKG.support)),
    RESPONSIBLE("responsible", "责任单位", Subject.OBLIGATION, Kind.ROLE, List.of(PKG.responsible)),
    RECIPIENT("recipient", "报送对象", Subject.OBLIGATION, Kind.ROLE, List.of(PKG.recipient)),
    DEADLINE("deadline", "完成时限", Subject.OBLIGATION, Kind.DEADLINE, List.of(PKG.deadline)),
    NOT_OBLIGATION("not-obligation", "非义务条款", Subject.OBLIGATION, Kind.HIDE, List.of(RDF.type)),
    THRESHOLD_VALUE("threshold-value", "限值", Subject.THRESHOLD, Kind.NUMBER, List.of(PKG.valueText, QUDT.numericValue)),
    THRESHOLD_UNIT("threshold-unit", "单位", Subject.THRESHOLD, Kind.TEXT, List.of(PKG.unitText)),
    NUMBER("number", "文号", Subject.DOCUMENT, Kind.TEXT, List.of(ELI.id_local)),
    DATE("date", "成文日期", Subject.DOCUMENT, Kind.DATE, List.of(ELI.date_document)),
    LEVEL("level", "层级", Subject.DOCUMENT, Kind.LEVEL, List.of(PKG.level)),
    JURISDICTION("jurisdiction", "行政区", Subject.DOCUMENT, Kind.JURISDICTION, List.of(PKG.jurisdiction)),
    OBLIGATION("obligation", "任务", Subject.CLAUSE, Kind.ADD, List.of()),
    MERGE_AGENCY("merge-agency", "合并机构", Subject.AGENCY, Kind.MERGE, List.of()),
    SPLIT_ALIAS("split-alias", "拆分别名", Subject.AGENCY, Kind.SPLIT, List.of());

    /**
     * What a field belongs to: the place a correction of it names (a clause's obligation or threshold, the document, a
     * clause itself, or an agency node of the whole store).
     */
    public enum Subject { OBLIGATION, THRESHOLD, DOCUMENT, CLAUSE, AGENCY }

    /** How a corrected value is written into the applied graph. */
    enum Kind { ROLE, DEADLINE, HIDE, NUMBER, TEXT, DATE, LEVEL, JURISDICTION, ADD, MERGE, SPLIT }

    private final String slug;
    private final String label;
    private final Subject subject;
    private final Kind kind;
    private final List<Property> replaces;

    Field(String slug, String label, Subject subject, Kind kind, List<Property> replaces) {
        this.slug = slug;
        this.label = label;
        this.subject = subject;
        this.kind = kind;
        this.replaces = replaces;
    }

    public String slug() {
        return slug;
    }

    /** The column a table shows the field under. */
    public String label() {
        return label;
    }

    public Subject subject() {
        return subject;
    }

    Kind kind() {
        return kind;
    }

    /** The subject's properties whose extracted values the correction hides. */
    public List<Property> replaces() {
        return replaces;
    }

    /** The direct property a corrected value is linked with (the first one it replaces). */
    public Property property() {
        return replaces.get(0);
    }

    public boolean role() {
        return kind == Kind.ROLE;
    }

    public static Field parse(String name) {
        String s = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.slug.equals(s)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                "no field '" + name + "' (known: " + Arrays.stream(values()).map(Field::slug).toList() + ")"));
    }
}
