package org.policykg.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentNumbersTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            粤工信规划政策函〔2021〕20号             | 粤工信规划政策函〔2021〕20号
            粤工信规划政策函[2021]20号               | 粤工信规划政策函〔2021〕20号
            粤工信规划政策函［2021］20号             | 粤工信规划政策函〔2021〕20号
            粤工信规划政策函（2021）20号             | 粤工信规划政策函〔2021〕20号
            粤工信规划政策函(2021)20号               | 粤工信规划政策函〔2021〕20号
            粤工信规划政策函﹝2021﹞20号             | 粤工信规划政策函〔2021〕20号
            粤工信规划政策函【2021】20号             | 粤工信规划政策函〔2021〕20号
            '粤工信规划政策函 〔 2021 〕 20 号'      | 粤工信规划政策函〔2021〕20号
            粤工信规划政策函〔2021〕20 号            | 粤工信规划政策函〔2021〕20号
            粤工信规划政策函〔2021〕020号            | 粤工信规划政策函〔2021〕20号
            工信部联产业〔2017〕30号                 | 工信部联产业〔2017〕30号
            国家发展和改革委员会令第29号             | 国家发展和改革委员会令第29号
            '国家发展和改革委员会令 第 29 号'        | 国家发展和改革委员会令第29号
            国家发展和改革委员会令2019年第29号       | 国家发展和改革委员会令2019年第29号
            2019年国家发展和改革委员会令第29号       | 国家发展和改革委员会令2019年第29号
            '生态环境部令 2019 年 第 11 号'          | 生态环境部令2019年第11号
            """)
    void shouldNormalizeWholeDocumentNumber(String written, String normalized) {
        assertThat(DocumentNumbers.parseWhole(written)).contains(normalized);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "推动落后产能退出工作计划", "按照粤工信规划政策函〔2021〕20号要求，开展工作",
            "（粤工信规划政策函〔2021〕20号）", "粤工信〔2021〕20号文", "粤工信〔21〕20号", "粤工信〔2021〕号",
            "根据通知要求令第3号文件", "令第3号", "2019年令第3号", "国家发展和改革委员会令19年第29号"})
    void shouldRejectTextThatIsNotExactlyOneNumber(String text) {
        assertThat(DocumentNumbers.parseWhole(text)).isEmpty();
    }
}
