package org.policykg.annotate.agency;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.annotate.nlp.Segmenter;
import org.policykg.gazetteer.Jurisdiction;
import org.policykg.gazetteer.Jurisdictions;
import org.policykg.gazetteer.NationalBodies;

/**
 * Finds the bodies a text names and gives each its canonical label. A name is a place or qualifier
 * followed by a body (市 + 工业和信息化局), a collective (各有关单位), a role (环境保护主管部门) or a
 * vertical office (人行湛江市中心支行). A body written without a place in a list takes the place of the
 * item before it (市发展和改革局、工业和信息化局 → both 湛江市…). Pure and thread-safe.
 */
public final class AgencyRecognizer {

    private static final String LIST_GLUE = "、，,和及与";
    private static final int MAX_GENERIC = 14;
    /** A coordination group's name runs longer (省推进工业互联网创新发展专项工作组成员单位). */
    private static final int MAX_GROUP = 22;
    private static final Pattern GROUP = Pattern.compile("(?:小组|工作组|成员单位)(?:办公室)?$");
    /** Where a list item ends. */
    private static final String ITEM_ENDS = "、，,；;。）)\n";
    /** The ending of a central body's unit named after the body (…审评检查长三角分中心). */
    private static final Pattern SUB_UNIT = Pattern.compile("中心$");
    private static final int MAX_UNPLACED = 10;
    /** The shortest organisation name a segmenter may add (see {@link AgencyLexicon#isOrganizationName}). */
    private static final int MIN_SEGMENTED_NAME = 4;
    /** Where a name without a place may begin: after list glue or punctuation. */
    private static final String OPENERS = "、，,：:（(；;。\n";

    private static final ShortForms SHORT = ShortForms.standard();
    /** A Party committee's organs are labelled with the Party's name: 市委组织部 → 中共湛江市委组织部. */
    private static final String PARTY = "中共";
    /** Where a central body's local office puts its place (gazetteer/agency-names.tsv). */
    private static final String PLACE = "{place}";
    /** Where it puts its place's name without the level word (中国证券监督管理委员会{name}监管局 → …河北监管局; see PlaceResolver.officeName). */
    private static final String NAME = "{name}";
    /** Endings of a central body's local office after its place's name. */
    private static final Pattern BRANCH = Pattern.compile("(?:省|市|区)?(?:分公司|分行|分局|分中心|分院|中心支行|监管局|监管分局|税务局)");

    /** Endings of an enterprise's name (gazetteer/agency-suffixes.tsv lists them as endings of bodies). */
    private static final Pattern COMPANY = Pattern.compile("(?:公司|集团)$");

    private final AgencyLexicon lex = AgencyLexicon.standard();
    private final RoleFields fields = new RoleFields(lex);
    private final Jurisdictions jurisdictions;
    private final PlaceHeads placeHeads;
    private final Segmenter segmenter;
    private final Map<String, List<String>> issuerLabels = new ConcurrentHashMap<>();

    public AgencyRecognizer(Jurisdictions jurisdictions) {
        this(jurisdictions, Segmenter.NONE);
    }

    /** With a segmenter, organisations it recognizes that the naming rules miss are found too. */
    public AgencyRecognizer(Jurisdictions jurisdictions, Segmenter segmenter) {
        this.jurisdictions = jurisdictions;
        this.placeHeads = new PlaceHeads(jurisdictions);
        this.segmenter = segmenter;
    }

    /** A mention with the label prefix it was written with (null when written without a place). */
    private record Found(AgencyMention mention, String prefix, String code) {

        Found(AgencyMention mention, String prefix) {
            this(mention, prefix, null);
        }
    }

    public List<AgencyMention> find(String t, Jurisdiction doc) {
        return find(t, AgencyContext.of(doc));
    }

    public List<AgencyMention> find(String t, AgencyContext context) {
        Jurisdiction doc = context.jurisdiction();
        PlaceResolver places = new PlaceResolver(jurisdictions, placeHeads, doc);
        SelfReference self = new SelfReference(issuers(context), places.documentPlace());
        List<Found> found = new ArrayList<>();
        BitSet covered = new BitSet(t.length());
        for (RoleFields.Field f : fields.find(t)) {
            AgencyMention m = f.mention();
            found.add(new Found(m, f.qualifier()));
            covered.set(m.start(), m.end());
        }
        AgencyLexicon.Hits hits = lex.hits(t);
        int lastEnd = -1;
        for (int i = 0; i < t.length(); ) {
            if (i == lastEnd && "和及与".indexOf(t.charAt(i)) >= 0) {
                // glue after a name, not the start of one: 市经信局和县政府 is not 和县 + 政府
                i++;
                continue;
            }
            Found f = covered.get(i) ? null : matchAt(t, i, places, hits, self);
            if (f != null && !covered.get(f.mention().start(), f.mention().end()).isEmpty()) {
                f = null;
            }
            if (f == null) {
                i++;
                continue;
            }
            found.add(f);
            i = f.mention().end();
            lastEnd = i;
        }
        for (Segmenter.Token tok : mayHideOrganization(t, found) ? segmenter.segment(t) : List.<Segmenter.Token>of()) {
            if (tok.organization() && covered.get(tok.offset(), tok.end()).isEmpty() && found.stream()
                    .noneMatch(f -> f.mention().start() < tok.end() && tok.offset() < f.mention().end())
                    && lex.isOrganizationName(t, tok.offset(), tok.end())) {
                found.add(new Found(new AgencyMention(tok.offset(), tok.end(), tok.word(), tok.word(), AgencyMention.Kind.AGENCY), ""));
            }
        }
        found.sort(Comparator.comparingInt(f -> f.mention().start()));
        CollectiveScope scope = new CollectiveScope(lex, places.documentPlace(), doc == null ? null : doc.code());
        // a merged government collective is already placed by its government; others take the document's place
        return GovernmentCollectives.merge(shareListPrefixes(t, found, doc).stream().map(scope::scope)
                .map(m -> AddressedBodies.addressed(m, context.addressed())).map(context.registered()::registered).toList());
    }

    /** The issuers' canonical labels (新疆维吾尔自治区质监局 → …质量技术监督局), each read once per document. */
    private List<String> issuers(AgencyContext context) {
        if (context.issuer() == null || context.issuer().isBlank()) {
            return List.of();
        }
        Jurisdiction doc = context.jurisdiction();
        return issuerLabels.computeIfAbsent((doc == null ? "" : doc.code()) + "|" + context.issuer(), k -> {
            List<String> labels = new ArrayList<>();
            for (String issuer : context.issuer().split("[|、\\s]+")) {
                List<AgencyMention> ms = find(issuer, AgencyContext.of(doc));
                labels.add(ms.size() == 1 && ms.get(0).start() == 0 && ms.get(0).end() == issuer.length() ? ms.get(0).label() : issuer);
            }
            return List.copyOf(labels);
        });
    }

    /**
     * Segmenting costs more than all the rules together, and it only adds names that pass
     * {@link AgencyLexicon#isOrganizationName}: four or more chars ending in a body's ending, clear of every mention
     * found. A text with no such ending outside its mentions cannot gain one, so it is not segmented.
     */
    private boolean mayHideOrganization(String t, List<Found> found) {
        BitSet taken = new BitSet(t.length());
        found.forEach(f -> taken.set(f.mention().start(), f.mention().end()));
        for (int end = MIN_SEGMENTED_NAME; end <= t.length(); end++) {
            if (lex.endingAt(t, end)) {
                int next = taken.nextSetBit(end - MIN_SEGMENTED_NAME);
                if (next < 0 || next >= end) {
                    return true;
                }
            }
        }
        return false;
    }

    private Found matchAt(String t, int i, PlaceResolver places, AgencyLexicon.Hits hits, SelfReference self) {
        AgencyMention issuer = self.at(t, i);
        if (issuer != null) {
            return new Found(issuer, "");
        }
        String vertical = text(hits.at(i, "vertical"));
        if (vertical != null) {
            return agency(i, vertical.length(), t, SHORT.expand(vertical), "");
        }
        AgencyMention inner = InnerPlaceNames.standard().at(t, i, places);
        if (inner != null) {
            return new Found(inner, "");
        }
        AgencyLexicon.Body own = lex.bodyAt(t, i);
        String qualifier = text(hits.at(i, "qualifier"));
        if (qualifier != null && own != null && own.kind().equals("national") && own.length() > qualifier.length()) {
            // 国家林草局 is one national name, not 国家 + a body
            qualifier = null;
        }
        // 会同 is also a county's name: a verb never opens a place
        PlaceResolver.Place place = qualifier == null && !lex.verbAt(t, i) ? places.placeAt(t, i) : null;
        if (place != null && (own != null && !own.kind().equals("field") && own.length() > place.length()
                || Jurisdiction.NATION.code().equals(place.code()))) {
            // 市场监管局 is a body, not 市 + 场监管局; 公安部 not 公安(县) + 部; 中国 opens national names (中国铁路总公司)
            place = null;
        }
        if (qualifier != null || place != null) {
            int j = i + (qualifier != null ? qualifier.length() : place.length());
            String prefix = qualifier != null ? directlyUnder(t, i, qualifier, places)
                    : place.label() != null ? place.label() : place.written();
            Found f = afterPrefix(t, i, j, prefix, places, hits, place != null);
            if (f != null) {
                String code = place == null ? null : place.code();
                // a qualified collective has its formal wording too: 各省级 + 人民政府 → 各省、自治区、直辖市人民政府
                String label = qualifier != null ? SHORT.expand(f.mention().label()) : f.mention().label();
                return new Found(f.mention().withLabel(label, code), f.prefix(), code);
            }
        }
        String[] rule = hits.at(i, "collective", "role");
        String collective = text(rule);
        if (collective != null && i > 0 && t.charAt(i - 1) == '等' && collective.matches("(?:有关|相关).*")) {
            // "A、B等有关单位" sums up the list before it
            return null;
        }
        if (collective != null) {
            AgencyMention.Kind kind = "role".equals(rule[0]) ? AgencyMention.Kind.ROLE : AgencyMention.Kind.COLLECTIVE;
            return new Found(new AgencyMention(i, i + collective.length(), collective, collectiveLabel(collective), kind), "");
        }
        if (own != null && own.formal().endsWith("部") && t.startsWith("门", i + own.length())) {
            // 交通部门 is a field's bodies, not 交通部
            own = null;
        }
        if (own != null && own.kind().equals("national")) {
            // a central body's or enterprise's office for a place is named whole: 中国出口信用保险公司安徽分公司
            PlaceResolver.Place p = places.placeAt(t, i + own.length());
            Matcher m = p == null ? null : BRANCH.matcher(t).region(i + own.length() + p.length(), t.length());
            if (m != null && m.lookingAt()) {
                return new Found(new AgencyMention(i, m.end(), t.substring(i, m.end()),
                        own.formal() + t.substring(i + own.length(), m.end()), AgencyMention.Kind.AGENCY), "");
            }
            int unit = subUnit(t, i + own.length());
            if (unit > 0) {
                return new Found(new AgencyMention(i, i + own.length() + unit, t.substring(i, i + own.length() + unit),
                        own.formal() + t.substring(i + own.length(), i + own.length() + unit), AgencyMention.Kind.AGENCY), "");
            }
        }
        if (own != null && own.kind().equals("vertical") && BRANCH.matcher(t.substring(i, i + own.length())).matches()) {
            // a branch's ending needs the place or bank before it: 分行业核查 is "by trade", not a bank's 分行
            own = null;
        }
        if (own != null && (own.kind().equals("department") || own.kind().equals("vertical") || own.kind().equals("national"))) {
            String written = t.substring(i, i + own.length());
            return new Found(new AgencyMention(i, i + own.length(), written,
                    own.kind().equals("vertical") ? written : own.formal(), AgencyMention.Kind.AGENCY), null);
        }
        int g = (i == 0 || OPENERS.indexOf(t.charAt(i - 1)) >= 0) && !lex.verbAt(t, i) ? lex.unplacedAt(t, i, MAX_UNPLACED) : 0;
        if (g > 0 && containsPlace(t, i, i + g, places)) {
            g = 0;
        }
        if (g > 0) {
            String written = t.substring(i, i + g);
            // null: listed after a placed body, it takes that body's place (省财政厅、地方金融监管局)
            return new Found(new AgencyMention(i, i + g, written, SHORT.expand(written), AgencyMention.Kind.AGENCY), null);
        }
        return null;
    }

    private Found afterPrefix(String t, int i, int j, String prefix, PlaceResolver places, AgencyLexicon.Hits hits, boolean placed) {
        String vertical = text(hits.at(j, "vertical"));
        if (vertical != null) {
            return agency(j, vertical.length(), t, SHORT.expand(vertical), "");
        }
        String each = placed ? text(hits.at(j, "qualifier")) : null;
        if (each != null && each.startsWith("各")) {
            // 湛江市各地工业和信息化局 is the place's qualified bodies, not 湛江市各地 beside the city's own bureau
            Found f = afterPrefix(t, i, j + each.length(), prefix + Labels.normalize(each), places, hits, false);
            if (f != null && f.mention().kind() == AgencyMention.Kind.AGENCY) {
                return f;
            }
        }
        AgencyLexicon.Body body = lex.bodyAt(t, j);
        if (body != null && body.kind().equals("party") && body.length() == 1 && t.startsWith("员", j + 1)) {
            // 市委员会 is some committee's name, not the Party committee
            body = null;
        }
        if (body != null && body.kind().equals("party")) {
            int end = j + body.length();
            return new Found(new AgencyMention(i, end, t.substring(i, end), PARTY + prefix + body.formal(), AgencyMention.Kind.AGENCY), prefix);
        }
        if (body != null && !body.kind().equals("field")) {
            int bodyEnd = t.startsWith("门", j + body.length()) && body.formal().endsWith("部") ? j + body.length() + 1 : j + body.length();
            int end = branchEnd(t, bodyEnd, places);
            String written = t.substring(i, end);
            // a vertical office keeps its own spelling (广东银监局) unless a bare 市/省 stands for the place
            String formal = body.kind().equals("national") ? SHORT.expand(t.substring(j, j + body.length()))
                    : SHORT.inPlace(body.formal(), placed ? places.jurisdictionAt(t, i) : null);
            java.util.Optional<String> office = body.formal().contains(NAME) && placed
                    ? places.officeName(body.formal(), places.placeAt(t, i).code()) : java.util.Optional.empty();
            String label = office.isPresent() ? office.get()
                    : body.formal().contains(PLACE) && placed ? body.formal().replace(PLACE, prefix)
                    : body.kind().equals("vertical") && (place(t, i, j) == null || j - i > 1) ? written
                    : prefix + (bodyEnd > j + body.length() ? t.substring(j, bodyEnd) : formal) + t.substring(bodyEnd, end);
            return new Found(new AgencyMention(i, end, written, label, AgencyMention.Kind.AGENCY), prefix);
        }
        String collective = text(hits.at(j, "collective"));
        if (collective != null) {
            return new Found(new AgencyMention(i, j + collective.length(), t.substring(i, j + collective.length()),
                    prefix + collectiveLabel(collective), AgencyMention.Kind.COLLECTIVE), prefix);
        }
        int g = lex.genericAt(t, j, MAX_GENERIC);
        int group = g > 0 ? 0 : lex.genericAt(t, j, MAX_GROUP);
        g = g > 0 ? g : group > 0 && GROUP.matcher(t.substring(j, j + group)).find() ? group : 0;
        if (g > 0) {
            String written = t.substring(i, j + g);
            // an enterprise's name holds its place as the company wrote it (山东能源集团, not 山东省能源集团)
            String label = COMPANY.matcher(written).find() && j - i > 1 ? written
                    : prefix + SHORT.expand(t.substring(j, j + g), placed ? places.jurisdictionAt(t, i) : null);
            return new Found(new AgencyMention(i, j + g, written, label, AgencyMention.Kind.AGENCY), prefix);
        }
        String alone = text(hits.at(i, "collective"));
        if (alone != null) {
            return new Found(new AgencyMention(i, i + alone.length(), alone, collectiveLabel(alone), AgencyMention.Kind.COLLECTIVE), "");
        }
        return null;
    }

    /**
     * A central body's centre written on after its name, closing a list item (国家药品监督管理局医疗器械技术审评检查长三角分中心、):
     * its length, or 0. A verb after the name (商务部会同…中心) opens a clause, not a unit's name.
     */
    private int subUnit(String t, int at) {
        int g = lex.verbAt(t, at) ? 0 : lex.genericAt(t, at, MAX_GROUP);
        boolean closes = g > 0 && (at + g == t.length() || ITEM_ENDS.indexOf(t.charAt(at + g)) >= 0);
        return closes && SUB_UNIT.matcher(t.substring(at, at + g)).find() ? g : 0;
    }

    /** 市直 (the bodies directly under a level's government) follows that level's place: 市直有关部门 → 唐山市市直有关部门. */
    private static String directlyUnder(String t, int i, String qualifier, PlaceResolver places) {
        if (qualifier.length() == 2 && qualifier.charAt(1) == '直') {
            PlaceResolver.Place level = places.placeAt(t, i);
            if (level != null && level.length() == 1 && level.label() != null) {
                return level.label() + qualifier;
            }
        }
        return Labels.normalize(qualifier);
    }

    /** A collective's label in its formal wording: 各省级人民政府 → 各省、自治区、直辖市人民政府. */
    private static String collectiveLabel(String written) {
        return SHORT.expand(Labels.normalize(written));
    }

    private static String text(String[] hit) {
        return hit == null ? null : hit[1];
    }

    private static boolean containsPlace(String t, int i, int end, PlaceResolver places) {
        for (int k = i + 1; k < end; k++) {
            PlaceResolver.Place p = places.placeAt(t, k);
            if (p != null && (p.length() > 1 || "省市县".indexOf(t.charAt(k)) >= 0)) {
                return true;
            }
        }
        return false;
    }

    private static String place(String t, int i, int j) {
        return j > i ? t.substring(i, j) : null;
    }

    /** 江门市生态环境局开平分局: a branch named after a subordinate place continues the name. */
    private static int branchEnd(String t, int end, PlaceResolver places) {
        PlaceResolver.Place p = places.placeAt(t, end);
        if (p != null && p.length() > 1 && t.startsWith("分局", end + p.length())) {
            return end + p.length() + 2;
        }
        return end;
    }

    private static Found agency(int start, int len, String t, String label, String prefix) {
        return new Found(new AgencyMention(start, start + len, t.substring(start, start + len), label, AgencyMention.Kind.AGENCY), prefix);
    }

    /** A body written without a place that names a national one: 市场监管总局 anywhere, 医保局 in a national document. */
    private static AgencyMention national(AgencyMention m, Jurisdiction doc) {
        boolean nationalDoc = doc == null || doc.level() == org.policykg.gazetteer.Level.NATIONAL;
        return NationalBodies.standard().form(m.written()).filter(f -> nationalDoc || !f.sharedWithLocal())
                .map(f -> m.withLabel(f.formal(), null)).orElse(m);
    }

    private List<AgencyMention> shareListPrefixes(String t, List<Found> found, Jurisdiction doc) {
        List<AgencyMention> out = new ArrayList<>();
        String prefix = null;
        String code = null;
        int lastEnd = -10;
        for (Found f : found) {
            boolean listed = f.mention().start() - lastEnd <= 1
                    && (f.mention().start() == lastEnd || LIST_GLUE.indexOf(t.charAt(lastEnd)) >= 0);
            AgencyMention m = f.mention();
            // a complete national name (生态环境部) does not take a shared 国家 from the item before it
            if (f.prefix() == null && listed && prefix != null && !prefix.isEmpty() && !lex.isNationalName(m.label())) {
                m = m.withLabel(prefix + m.label(), code);
            } else if (f.prefix() == null && !(listed && prefix != null && !prefix.isEmpty())) {
                m = national(m, doc);
            }
            if (f.prefix() != null) {
                prefix = f.prefix();
                code = f.code();
            } else if (!listed) {
                prefix = null;
                code = null;
            }
            out.add(m);
            lastEnd = m.end();
        }
        return out;
    }
}
