package org.policykg.annotate.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Functional roles written as a list of fields sharing one 主管部门: "经济和信息化、发展改革、环境保护等主管部门"
 * is three roles, and a qualifier before the first field (各级, 各地, 各县（市、区）) applies to each.
 */
final class RoleFields {

    private static final String ROLE = "主管部门";
    private static final String STOPS = "，,。；;：:\n《》“”";
    /** Words after which a field list starts: the actor or verb before the list is not part of a field. */
    private static final Pattern LEAD_IN = Pattern.compile(".*(?:由|向|对|将|报|请|要求|会同|牵头|督促|指导|组织|同时|在|并)");
    private static final Pattern AGENCY_END = Pattern.compile(".*(?:部门|单位|政府|局|厅|委|办|组|会)$");

    private final AgencyLexicon lex;

    RoleFields(AgencyLexicon lex) {
        this.lex = lex;
    }

    /** A role mention and the qualifier it was written with ("" when none). */
    record Field(AgencyMention mention, String qualifier) {}

    List<Field> find(String t) {
        List<Field> out = new ArrayList<>();
        for (int k = t.indexOf(ROLE); k >= 0; k = t.indexOf(ROLE, k + ROLE.length())) {
            int s = k;
            while (s > 0 && STOPS.indexOf(t.charAt(s - 1)) < 0) {
                s--;
            }
            int segEnd = t.startsWith("等", k - 1) ? k - 1 : k;
            out.addAll(items(t, s, segEnd, k + ROLE.length()));
        }
        return out;
    }

    private List<Field> items(String t, int s, int segEnd, int roleEnd) {
        List<int[]> spans = new ArrayList<>();
        int a = s;
        int depth = 0;
        for (int i = s; i <= segEnd; i++) {
            char c = i < segEnd ? t.charAt(i) : '、';
            depth += c == '（' || c == '(' ? 1 : c == '）' || c == ')' ? -1 : 0;
            if (i == segEnd || c == '、' && depth == 0) {
                spans.add(new int[] {a, i});
                a = i + 1;
            }
        }
        int[] first = spans.get(0);
        Matcher lead = LEAD_IN.matcher(t.substring(first[0], first[1]));
        if (lead.lookingAt()) {
            first[0] += lead.end();
        }
        // a qualifier before the first field applies to the fields after it (各级工业和信息化、财政等主管部门)
        String shared = null;
        List<Field> out = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            int[] sp = spans.get(i);
            boolean last = i == spans.size() - 1;
            String qualifier = lex.ruleAt(t, sp[0], "qualifier");
            int fieldStart = qualifier == null ? sp[0] : Math.min(sp[1], sp[0] + qualifier.length());
            String field = t.substring(fieldStart, sp[1]).strip();
            if (i == 0 && !field.isEmpty() && isField(field)) {
                shared = qualifier;
            }
            String q = qualifier != null ? qualifier : shared;
            if (!(field.isEmpty() && qualifier != null) && !isField(field)) {
                continue;
            }
            String prefix = q == null ? "" : Labels.normalize(q);
            int end = last ? roleEnd : sp[1];
            out.add(new Field(new AgencyMention(sp[0], end, t.substring(sp[0], end), prefix + lex.field(field) + ROLE,
                    AgencyMention.Kind.ROLE), prefix));
        }
        return out;
    }

    private boolean isField(String field) {
        return !field.isEmpty() && field.length() <= 10 && field.codePoints().allMatch(Character::isIdeographic)
                && !AGENCY_END.matcher(field).matches() && !field.contains("级") && lex.ruleAt(field, 0, "collective", "role") == null;
    }
}
