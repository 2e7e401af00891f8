package org.policykg.correct;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Placing a correction on the obligations of a document as stored now: same place, found again by its text, or orphaned. */
class AnchoringTest {

    private static final String REVIEW = "1. 严格项目审核审查。严格执行相关法律法规、污染排放标准及特别排放限值的公告，对涉及落后产能行业的建设项目加强环评审批准入监管。";
    private static final String REWORDED = "1. 严格项目审核审查。严格执行有关法律法规和污染物排放标准，对落后产能行业的新建项目从严开展环评审批准入监管。";
    private static final String ENFORCE = "2. 开展生态环境执法监管。巩固污染防治攻坚战成果，突出重点行业和重点区域整治，明确年度环保领域的重点工作任务。";
    private static final String PUNISH = "3. 依法处理环境违法行为。严格执行环境保护法律法规，对超过污染物排放标准排污的企业，依法予以查处。";

    private final Anchoring anchoring = Anchoring.standard();

    private static Correction correction(String path, int task, String text) {
        return new Correction("c1", "doc", path, task, text, Field.LEAD, List.of("甲局"), List.of("乙局"), "审核员", Instant.EPOCH, "");
    }

    private static Target target(String path, int task, String text, int start) {
        return new Target("o" + start, "c" + path, path, task, text, start, start + text.length(), "g");
    }

    @Test
    void shouldAnchorWhereItWasMadeWhenPathPlaceAndTextAreUnchanged() {
        List<Target> doc = List.of(target("二/（二）/1", 1, REVIEW, 0), target("二/（二）/2", 1, ENFORCE, 100));

        Anchoring.Placement p = anchoring.place(correction("二/（二）/1", 1, REVIEW), doc);

        assertThat(p.status()).isEqualTo(Anchoring.Status.ANCHORED);
        assertThat(p.target().obligation()).isEqualTo("o0");
    }

    @Test
    void shouldIgnoreLayoutWhenComparingTexts() {
        List<Target> doc = List.of(target("二/（二）/1", 1, REVIEW.replace("，", "，\n "), 0));

        assertThat(anchoring.place(correction("二/（二）/1", 1, REVIEW), doc).status()).isEqualTo(Anchoring.Status.ANCHORED);
    }

    @Test
    void shouldFollowTheSameTextWhenTheClauseWasRenumbered() {
        List<Target> doc = List.of(target("二/（二）/1", 1, ENFORCE, 0), target("二/（二）/2", 1, REVIEW, 100));

        Anchoring.Placement p = anchoring.place(correction("二/（二）/1", 1, REVIEW), doc);

        assertThat(p.status()).isEqualTo(Anchoring.Status.REANCHORED);
        assertThat(p.target().path()).isEqualTo("二/（二）/2");
    }

    @Test
    void shouldFollowARewordedClauseToTheMostSimilarObligation() {
        List<Target> doc = List.of(target("二/（二）/1", 1, REWORDED, 0), target("二/（二）/2", 1, ENFORCE, 100),
                target("二/（二）/3", 1, PUNISH, 200));

        Anchoring.Placement p = anchoring.place(correction("二/（二）/1", 1, REVIEW), doc);

        assertThat(p.status()).isEqualTo(Anchoring.Status.REANCHORED);
        assertThat(p.target().path()).isEqualTo("二/（二）/1");
        assertThat(p.score()).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void shouldOrphanACorrectionWhoseClauseWasDeleted() {
        List<Target> doc = List.of(target("二/（二）/2", 1, ENFORCE, 100), target("二/（二）/3", 1, PUNISH, 200));

        Anchoring.Placement p = anchoring.place(correction("二/（二）/1", 1, REVIEW), doc);

        assertThat(p.status()).isEqualTo(Anchoring.Status.ORPHANED);
        assertThat(p.target()).isNull();
        assertThat(p.score()).isLessThan(0.5);
    }

    @Test
    void shouldOrphanACorrectionWhoseDocumentIsNotStored() {
        assertThat(anchoring.place(correction("二/（二）/1", 1, REVIEW), List.of()).status()).isEqualTo(Anchoring.Status.ORPHANED);
    }

    @Test
    void shouldTellApartTheObligationsOfOneClauseByTheirPlace() {
        List<Target> doc = List.of(target("三/（一）", 1, ENFORCE, 0), target("三/（一）", 2, REVIEW, 50));

        Anchoring.Placement p = anchoring.place(correction("三/（一）", 2, REVIEW), doc);

        assertThat(p.status()).isEqualTo(Anchoring.Status.ANCHORED);
        assertThat(p.target().task()).isEqualTo(2);
    }
}
