package org.policykg.annotate.agency;

import java.util.List;

/**
 * A group company a document names short in one place and by its registered name in another (省投资集团 in a task,
 * 省投资集团控股有限公司 in the list of members) is labelled with the registered name: the legal-form ending the same
 * document writes after the same words.
 */
public final class RegisteredNames {

    /** Legal-form endings written after a group's name (公司法: 有限责任公司, 股份有限公司), longest first. */
    private static final List<String> LEGAL_FORMS = List.of("控股有限公司", "股份有限公司", "有限责任公司", "有限公司");
    private static final String GROUP = "集团";

    public static final RegisteredNames NONE = new RegisteredNames("");

    private final String document;

    public RegisteredNames(String document) {
        this.document = document;
    }

    /** The mention with the registered name the document writes for it, if it writes one. */
    AgencyMention registered(AgencyMention m) {
        if (m.kind() != AgencyMention.Kind.AGENCY || !m.written().endsWith(GROUP) || !m.label().endsWith(GROUP)) {
            return m;
        }
        for (String form : LEGAL_FORMS) {
            if (document.contains(m.written() + form)) {
                return m.withLabel(m.label() + form, m.jurisdiction());
            }
        }
        return m;
    }
}
