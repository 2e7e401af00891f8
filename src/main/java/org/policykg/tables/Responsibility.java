package org.policykg.tables;

import java.util.List;
import java.util.regex.Pattern;
import org.policykg.annotate.role.RoleCues;

/**
 * Splits a responsibility cell as written ("A牵头，B配合") into its 牵头 and 配合 parts, using the role cues of
 * conventions/role-cues.tsv: a segment naming a support cue is support, and so is every segment after one
 * naming a lead cue that names none itself ("A牵头，相关部门按职责分工落实"). The parts keep their words.
 */
final class Responsibility {

    record Split(String lead, String support) {}

    private static final Responsibility STANDARD = new Responsibility();

    private final Pattern leadCue;
    private final Pattern supportCue;

    private Responsibility() {
        leadCue = cue(RoleCues.standard().lead());
        supportCue = cue(RoleCues.standard().support());
    }

    /** A cue word inside a name (牵头部门, 参与部门, 配合单位) is no cue; the longest word is tried first. */
    private static Pattern cue(List<String> cues) {
        List<String> words = cues.stream().map(Pattern::quote).toList();
        return Pattern.compile("(?:" + String.join("|", words) + ")(?![部单])");
    }

    static Responsibility standard() {
        return STANDARD;
    }

    Split split(String written) {
        StringBuilder lead = new StringBuilder();
        StringBuilder support = new StringBuilder();
        boolean afterLead = false;
        for (String segment : written.strip().split("(?<=[，,；;])")) {
            String words = segment.replaceAll("[，,；;]$", "");
            boolean leads = leadCue.matcher(words).find();
            boolean supports = supportCue.matcher(words).find() || afterLead && !leads;
            (supports ? support : lead).append(segment);
            afterLead |= leads;
        }
        return new Split(trim(lead), trim(support));
    }

    private static String trim(StringBuilder s) {
        return s.toString().strip().replaceAll("[，,；;]+$", "");
    }
}
