package org.itagen.report;

/** Lets CLI tests reuse the component checks of {@link ReportContentTest} on PDF and DOCX text. */
public final class ReportContentTestAccess {
    private ReportContentTestAccess() {
    }

    public static void assertComponents(String kind, String sample, String text) {
        ReportContentTest.assertComponents(kind, sample, text);
    }

    public static String agencyId(String kind, String sample) {
        return ReportBuilder.agencyId(SampleReports.input(kind, sample));
    }
}
