package org.policykg.annotate.agency;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bodies a notice addresses (主送) by place only. An addressee list shares a body's name over the places listed
 * before it (各区市、保税港区管委安委会办公室: each district's and the zone's 安委会办公室), and in the notice's text
 * the bare places then stand for those bodies (各区市要… → 青岛市各区市安全生产委员会办公室).
 */
public final class AddressedBodies {

    private static final String ENTRY_ENDS = "，,；;：:";
    private static final String LIST_GLUE = "、和及与";

    private AddressedBodies() {}

    /**
     * Labels of the place-only collectives an addressee list names, each mapped to the body it addresses there.
     * {@code mentions}: the bodies found in {@code addressees}, offsets relative to it.
     */
    public static Map<String, String> of(String addressees, List<AgencyMention> mentions) {
        Map<String, String> out = new HashMap<>();
        AgencyLexicon lex = AgencyLexicon.standard();
        int from = 0;
        for (int i = 0; i <= addressees.length(); i++) {
            if (i < addressees.length() && ENTRY_ENDS.indexOf(addressees.charAt(i)) < 0) {
                continue;
            }
            final int a = from;
            final int z = i;
            List<AgencyMention> in = mentions.stream().filter(m -> m.start() >= a && m.end() <= z).toList();
            AgencyMention head = in.isEmpty() ? null : in.get(in.size() - 1);
            // the entry ends with a body's name written without a place right after its last item (…管委安委会办公室):
            // the name the places listed before share; after list glue (…、应急管理局) it is one more body of the list
            if (head != null && head.end() == z && head.kind() == AgencyMention.Kind.AGENCY && head.jurisdiction() == null
                    && head.start() > a && LIST_GLUE.indexOf(addressees.charAt(head.start() - 1)) < 0) {
                in.stream().filter(m -> m.kind() == AgencyMention.Kind.COLLECTIVE && !lex.endingAt(m.written(), m.written().length())
                                && addressees.startsWith("、", m.end()))
                        .forEach(m -> out.put(m.label(), m.label() + head.label()));
            }
            from = i + 1;
        }
        return out;
    }

    /** The mention as the addressed body when it names one of the addressed places. */
    static AgencyMention addressed(AgencyMention m, Map<String, String> addressed) {
        String body = m.kind() == AgencyMention.Kind.COLLECTIVE ? addressed.get(m.label()) : null;
        return body == null ? m : m.withLabel(body, m.jurisdiction());
    }
}
