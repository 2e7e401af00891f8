package org.policykg.tables;

/** What an obligation shows under 牵头单位, 配合单位 and 完成时限: as its document wrote them, or as a draft maps them. */
interface RowStyle {

    String lead(TaskFacts f);

    String support(TaskFacts f);

    String deadline(TaskFacts f);
}
