package org.policykg.annotate.agency;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body a document names short in one place and in full in another takes the full name: a group company its
 * registered name (省投资集团 in a task, 省投资集团控股有限公司 in the list of members: the legal-form ending the same
 * document writes after the same words), a coordination group the name it was set up with (市农业保险工作领导小组 in a
 * task of the notice 成立贵阳市政策性农业保险工作领导小组: the words the document writes between a place and the same
 * name).
 */
public final class RegisteredNames {

    /** Legal-form endings written after a group's name (公司法: 有限责任公司, 股份有限公司), longest first. */
    private static final List<String> LEGAL_FORMS = List.of("控股有限公司", "股份有限公司", "有限责任公司", "有限公司");
    private static final String GROUP = "集团";
    private static final String TEAM = "小组";
    private static final String LEVELS = "省市县区";

    public static final RegisteredNames NONE = new RegisteredNames("");

    private final String document;

    public RegisteredNames(String document) {
        this.document = document;
    }

    /** The mention with the full name the document writes for it, if it writes one. */
    AgencyMention registered(AgencyMention m) {
        if (m.kind() != AgencyMention.Kind.AGENCY) {
            return m;
        }
        if (!m.written().endsWith(GROUP) || !m.label().endsWith(GROUP)) {
            return established(m);
        }
        for (String form : LEGAL_FORMS) {
            if (document.contains(m.written() + form)) {
                return m.withLabel(m.label() + form, m.jurisdiction());
            }
        }
        return m;
    }

    /** A coordination group written after a bare level (市…领导小组) with the words its full name adds, if written. */
    private AgencyMention established(AgencyMention m) {
        int end = m.written().indexOf(TEAM);
        if (end < 0 || m.written().length() < 2 || LEVELS.indexOf(m.written().charAt(0)) < 0) {
            return m;
        }
        String core = m.written().substring(1, end + TEAM.length());
        Matcher found = Pattern.compile("(?<=[" + LEVELS + "])(\\p{IsHan}{2,6}?)" + Pattern.quote(core)).matcher(document);
        String words = found.find() ? found.group(1) : null;
        if (words == null || words.contains(core) || found.find() && !found.group(1).equals(words) || !m.label().contains(core)) {
            return m;
        }
        return m.withLabel(m.label().replace(core, words + core), m.jurisdiction());
    }
}
