package org.policykg.web.trace;

import java.util.List;
import org.policykg.align.TextDiff;
import org.policykg.trace.FactChange;
import org.policykg.trace.Trace;
import org.policykg.trace.TraceStep;

/** A three-level trace (city clause, aligned province clause with its changes, national stub) for the web slices. */
final class TraceFixture {

    static final String DOC = "https://w3id.org/policykg/id/doc/c";
    static final String CLAUSE = DOC + "/a1/c1";
    static final Trace TRACE = new Trace(CLAUSE, List.of(
            new TraceStep("city", DOC, null, "某市2023年工作方案", false, CLAUSE, "一/1", null, "1. 市工信局负责。", null,
                    List.of(), List.of()),
            new TraceStep("province", "https://w3id.org/policykg/id/doc/p", null, "某省2022年工作方案", false,
                    "https://w3id.org/policykg/id/doc/p/a1/c1", "一/（一）", 0.42, "（一）省工信厅负责。", CLAUSE,
                    List.of(new TextDiff.Edit(TextDiff.Op.REMOVED, "省工信厅"), new TextDiff.Edit(TextDiff.Op.ADDED, "市工信局"),
                            new TextDiff.Edit(TextDiff.Op.SAME, "负责。")),
                    List.of(new FactChange("owner", List.of("某省工业和信息化厅"), List.of("某市工业和信息化局")))),
            new TraceStep("national", "https://w3id.org/policykg/id/cited/x", "某部〔2020〕1号", "关于某事的指导意见", true,
                    null, null, null, null, null, List.of(), List.of())));

    private TraceFixture() {
    }
}
