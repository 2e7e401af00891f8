package org.policykg.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TableParserColumnNameTest {

    private static final List<String> HEADER = List.of("序号", "主要任务", "责任单位");

    @Test
    void shouldNameCellsAfterHeaderWhenRowHasAsManyCells() {
        assertThat(names(3, HEADER)).containsExactly("序号", "主要任务", "责任单位");
    }

    @Test
    void shouldNameExtraCellBeforeLastColumnAsSubItem() {
        assertThat(names(4, HEADER)).containsExactly("序号", "主要任务", TableParser.EXTRA_COLUMN, "责任单位");
    }

    @Test
    void shouldKeepLastColumnLastWhenRowHasSeveralExtraCells() {
        assertThat(names(5, HEADER)).containsExactly("序号", "主要任务", "分项", "分项", "责任单位");
    }

    @Test
    void shouldNameLeadingColumnsWhenRowIsShort() {
        assertThat(names(2, HEADER)).containsExactly("序号", "主要任务");
    }

    @Test
    void shouldNumberColumnsWhenTableHasNoHeader() {
        assertThat(names(3, List.of())).containsExactly("列1", "列2", "列3");
    }

    private static List<String> names(int cells, List<String> header) {
        return IntStream.range(0, cells).mapToObj(i -> TableParser.columnName(i, cells, header)).toList();
    }
}
