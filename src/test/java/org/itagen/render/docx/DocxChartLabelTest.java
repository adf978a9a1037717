package org.itagen.render.docx;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Chart category labels get the PDF's word breaks as zero-width spaces (issue 11 §2). */
class DocxChartLabelTest {
    @Test
    void breakHintsBetweenWordsNeverInsideACompound() {
        String marked = DocxChart.markWordBreaks("การใช้งบประมาณของหน่วยงาน");
        // Oracle: the words a reader sees; compounds (งบประมาณ, หน่วยงาน) get no hint inside.
        assertThat(marked).isEqualTo("การใช้\u200Bงบประมาณ\u200Bของ\u200Bหน่วยงาน");
        assertThat(marked.replace("\u200B", "")).isEqualTo("การใช้งบประมาณของหน่วยงาน");
        // Spaces and Latin text need no hint.
        assertThat(DocxChart.markWordBreaks("คะแนน ITA")).isEqualTo("คะแนน ITA");
    }
}
