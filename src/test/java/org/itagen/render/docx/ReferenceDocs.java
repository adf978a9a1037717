package org.itagen.render.docx;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

/** An officer's own DOCX for --docx-reference tests: their Normal font, margins, letterhead and some text. */
final class ReferenceDocs {
    static final String FONT = "Angsana New";
    static final String LETTERHEAD = "สำนักงานทดสอบหัวจดหมาย";
    static final String BODY_TEXT = "ข้อความเดิมของแม่แบบที่ต้องไม่ปรากฏ";

    private ReferenceDocs() {
    }

    static byte[] letterhead() {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createStyles().setStyles(CTStyles.Factory.parse("<w:styles xmlns:w=\"" + DocxXml.W_NS + "\">"
                    + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
                    + "<w:rPr><w:rFonts w:ascii=\"" + FONT + "\" w:hAnsi=\"" + FONT + "\" w:cs=\"" + FONT + "\"/>"
                    + "<w:sz w:val=\"30\"/><w:szCs w:val=\"30\"/></w:rPr></w:style></w:styles>", DocxStyles.INNER));
            doc.createParagraph().createRun().setText(BODY_TEXT);
            doc.createTable(2, 2).getRow(0).getCell(0).setText("ตารางเดิม");
            CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
            CTPageSz sz = sect.addNewPgSz();
            sz.setW(BigInteger.valueOf(11906));
            sz.setH(BigInteger.valueOf(16838));
            CTPageMar m = sect.addNewPgMar();
            m.setTop(BigInteger.valueOf(1800));
            m.setBottom(BigInteger.valueOf(1200));
            m.setLeft(BigInteger.valueOf(2000));
            m.setRight(BigInteger.valueOf(1000));
            m.setHeader(BigInteger.valueOf(600));
            m.setFooter(BigInteger.valueOf(600));
            m.setGutter(BigInteger.ZERO); // required by the schema; Word always writes it
            doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(LETTERHEAD);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (org.apache.xmlbeans.XmlException e) {
            throw new IllegalStateException(e);
        }
    }
}
