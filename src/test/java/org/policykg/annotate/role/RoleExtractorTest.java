package org.policykg.annotate.role;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policykg.annotate.agency.AgencyRecognizer;
import org.policykg.gazetteer.Jurisdictions;

/** Roles from the wording of official documents. */
class RoleExtractorTest {

    private static final Jurisdictions J = Jurisdictions.standard();
    private final AgencyRecognizer agencies = new AgencyRecognizer(J);
    private final RoleExtractor roles = new RoleExtractor();

    private RoleExtractor.Roles read(String text) {
        return roles.extract(text, agencies.find(text, J.byCode("3301").orElseThrow()));
    }

    private static List<String> of(List<RoleFact> facts, Role role) {
        return facts.stream().filter(f -> f.role() == role).map(f -> f.agency().label()).toList();
    }

    @Test
    void shouldMakeTheBodyBeforeQianTouHuiTongLeadAndTheOthersSupport() {
        RoleExtractor.Roles r = read("市经信局牵头会同市发展改革委、市生态环境局开展专项检查。");
        assertThat(of(r.owners(), Role.LEAD)).containsExactly("杭州市经济和信息化局");
        assertThat(of(r.owners(), Role.SUPPORT)).containsExactly("杭州市发展和改革委员会", "杭州市生态环境局");
    }

    @Test
    void shouldReadLeadAndSupportInAResponsibilityCell() {
        List<RoleFact> facts = roles.responsibility("市经信局牵头，市财政局配合",
                agencies.find("市经信局牵头，市财政局配合", J.byCode("3301").orElseThrow()), 0.9, "cell");
        assertThat(of(facts, Role.LEAD)).containsExactly("杭州市经济和信息化局");
        assertThat(of(facts, Role.SUPPORT)).containsExactly("杭州市财政局");
    }

    @Test
    void shouldAssignABracketOfResponsibleUnitsToTheItem() {
        RoleExtractor.Roles r = read("（二）加强监管。依法查处违法行为。（责任单位：市市场监管局、市应急管理局）");
        assertThat(of(r.bracketOwners(), Role.RESPONSIBLE)).containsExactly("杭州市市场监督管理局", "杭州市应急管理局");
    }

    @Test
    void shouldMakeReportTargetsRecipientsNotOwners() {
        RoleExtractor.Roles r = read("各区、县（市）要于12月20日前将工作总结报送市经信局，并抄送市发展改革委。");
        assertThat(r.recipients()).extracting(f -> f.agency().label())
                .containsExactly("杭州市经济和信息化局", "杭州市发展和改革委员会");
        assertThat(r.owners()).extracting(f -> f.agency().label()).doesNotContain("杭州市经济和信息化局");
    }

    @Test
    void shouldNotOweWhatABodyMayDo() {
        RoleExtractor.Roles r = read("市有关部门可以根据工作需要主动联系。");
        assertThat(r.owners()).isEmpty();
    }

    @Test
    void shouldReadTheBodyRightAfterAnItemsOutlineNumber() {
        assertThat(of(read("2. 市商务局负责督促企业落实整改要求。").owners(), Role.RESPONSIBLE)).containsExactly("杭州市商务局");
        assertThat(of(read("（3）市统计局负责做好数据核查。").owners(), Role.RESPONSIBLE)).containsExactly("杭州市统计局");
    }

    @Test
    void shouldMakeTheBodiesAfterACommaAndHuiTongSupportALead() {
        RoleExtractor.Roles r = read("1. 市经信局牵头，会同市财政局、市统计局核定企业产能。");
        assertThat(of(r.owners(), Role.LEAD)).containsExactly("杭州市经济和信息化局");
        assertThat(of(r.owners(), Role.SUPPORT)).containsExactly("杭州市财政局", "杭州市统计局");
    }

    @Test
    void shouldReadTheSubjectAfterAFrontedObjectPhrase() {
        RoleExtractor.Roles r = read("对列入淘汰名单的生产线，各有关单位要加强日常巡查。");
        assertThat(of(r.owners(), Role.RESPONSIBLE)).containsExactly("杭州市各有关单位");
    }

    @Test
    void shouldMakeTheBodyBeforeHuiTongLeadPastAModalVerb() {
        RoleExtractor.Roles r = read("市经信局要会同有关部门制定年度计划。");
        assertThat(of(r.owners(), Role.LEAD)).containsExactly("杭州市经济和信息化局");
        assertThat(of(r.owners(), Role.SUPPORT)).containsExactly("杭州市有关部门");
    }

    @Test
    void shouldNotOweWhereAnOfficeIsHoused() {
        assertThat(read("工作专班办公室设在市经信局。").owners()).isEmpty();
    }

    @Test
    void shouldReadRolesFromTheLabelsOfABracket() {
        RoleExtractor.Roles r = read("建设示范园区。（牵头单位：市发展改革委；配合单位：市财政局、市商务局）");
        assertThat(of(r.owners(), Role.LEAD)).containsExactly("杭州市发展和改革委员会");
        assertThat(of(r.owners(), Role.SUPPORT)).containsExactly("杭州市财政局", "杭州市商务局");
    }

    @Test
    void shouldMakeALabelledAssessmentUnitLeadBesideACompletionTime() {
        RoleExtractor.Roles r = read("新增基站1000座。（5月底完成，牵头考核单位：市经信局）");
        assertThat(of(r.bracketOwners(), Role.LEAD)).containsExactly("杭州市经济和信息化局");
    }

    @Test
    void shouldReadAResponsibleDepartmentBracket() {
        RoleExtractor.Roles r = read("完善监测体系。（责任部门：市生态环境局、市水利局）");
        assertThat(of(r.bracketOwners(), Role.RESPONSIBLE)).containsExactly("杭州市生态环境局", "杭州市水利局");
    }

    @Test
    void shouldMakeTheBodyAfterLeadAndACommaOfListSupport() {
        RoleExtractor.Roles r = read("市发展改革委牵头、市财政局配合，建设示范园区。");
        assertThat(of(r.owners(), Role.LEAD)).containsExactly("杭州市发展和改革委员会");
        assertThat(of(r.owners(), Role.SUPPORT)).containsExactly("杭州市财政局");
    }

    @Test
    void shouldMakeTheBodiesAnItemAssistsLeadAndItsUnnamedBodySupport() {
        RoleExtractor.Roles r = read("6.协助市农业农村局、市林业局做好宣传工作。");
        assertThat(of(r.owners(), Role.LEAD)).containsExactly("杭州市农业农村局", "杭州市林业局");
        assertThat(r.unnamed()).isEqualTo(Role.SUPPORT);
    }

    @Test
    void shouldMakeTheBodiesALeadOrganisesSupport() {
        RoleExtractor.Roles r = read("2.牵头组织市财政局、市审计局开展督查。");
        assertThat(of(r.owners(), Role.SUPPORT)).containsExactly("杭州市财政局", "杭州市审计局");
        assertThat(r.unnamed()).isEqualTo(Role.LEAD);
    }

    @Test
    void shouldAssignTheBodyOfADutyHeadingToItsItems() {
        assertThat(of(read("（二）市财政局职责。").bracketOwners(), Role.RESPONSIBLE)).containsExactly("杭州市财政局");
        assertThat(read("（二）市财政局职责明确后开展考核。").bracketOwners()).isEmpty();
    }

    @Test
    void shouldReadTheBodiesOfAStandingNote() {
        RoleExtractor.Roles r = read("（以下各项任务均需市财政局、市审计局参与，不再列出）");
        assertThat(of(r.standing(), Role.RESPONSIBLE)).containsExactly("杭州市财政局", "杭州市审计局");
    }

    @Test
    void shouldMakeTheBodyAddressedBeforeAReportingVerbARecipient() {
        RoleExtractor.Roles r = read("每季度向市人民政府报告进展，及时向市商务局报备，于8月18日前反馈市统计局，方案提报市财政局。");
        assertThat(r.recipients()).extracting(f -> f.agency().label())
                .containsExactly("杭州市人民政府", "杭州市商务局", "杭州市统计局", "杭州市财政局");
        assertThat(r.owners()).isEmpty();
    }

    @Test
    void shouldMakeTheBodiesANoticeAsksToActResponsible() {
        RoleExtractor.Roles r = read("请市财政局、市审计局于10月13日前报送市经信局。");
        assertThat(of(r.owners(), Role.RESPONSIBLE)).containsExactly("杭州市财政局", "杭州市审计局");
        assertThat(r.recipients()).extracting(f -> f.agency().label()).containsExactly("杭州市经济和信息化局");
    }

    @Test
    void shouldMakeTheFirstOfTwoTouchingNamesLeadWhenARowEndsInItsOwnerColumns() {
        String row = "蔬菜开展追溯试点市经信局市财政局、市生态环境局";
        List<RoleFact> facts = roles.trailingColumns(row, agencies.find(row, J.byCode("3301").orElseThrow()));
        assertThat(of(facts, Role.LEAD)).containsExactly("杭州市经济和信息化局");
        assertThat(of(facts, Role.SUPPORT)).containsExactly("杭州市财政局", "杭州市生态环境局");
    }

    @Test
    void shouldReadNoOwnerColumnsWhenARowEndsInText() {
        String row = "市经信局开展追溯试点";
        assertThat(roles.trailingColumns(row, agencies.find(row, J.byCode("3301").orElseThrow()))).isEmpty();
    }
}
