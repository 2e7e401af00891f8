package org.policykg.annotate.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A government followed at once by a collective is one collective of that government: 省政府有关部门 is
 * 河北省人民政府有关部门 (the province government's departments), not the government and some departments.
 */
final class GovernmentCollectives {

    private static final Pattern GOVERNMENT = Pattern.compile("(?:人民政府|政府)$");
    private static final Pattern MEMBERS = Pattern.compile("^(?:各|有关|相关)(?:部门|单位|委办局|委、办、局|直属机构)");

    private GovernmentCollectives() {
    }

    /** {@code found} in text order; merged pairs keep the government's place. */
    static List<AgencyMention> merge(List<AgencyMention> found) {
        List<AgencyMention> out = new ArrayList<>(found.size());
        for (AgencyMention m : found) {
            AgencyMention before = out.isEmpty() ? null : out.get(out.size() - 1);
            if (before != null && before.end() == m.start() && before.kind() == AgencyMention.Kind.AGENCY
                    && GOVERNMENT.matcher(before.label()).find() && m.kind() == AgencyMention.Kind.COLLECTIVE
                    && MEMBERS.matcher(m.written()).find()) {
                out.set(out.size() - 1, new AgencyMention(before.start(), m.end(), before.written() + m.written(),
                        before.label() + m.written(), AgencyMention.Kind.COLLECTIVE, before.jurisdiction()));
            } else {
                out.add(m);
            }
        }
        return out;
    }
}
