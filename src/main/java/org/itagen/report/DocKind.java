package org.itagen.report;

import org.itagen.thai.ThaiDates;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The documents itagen writes, each with the rules that set it apart. The lower-case code ("o25")
 * is what commands, templates ({@code kind: o25}) and JSON use; the label ("O25") starts file
 * names. The item number a given year's ITA gives the document comes from the framework data
 * ({@code documents:}), not from here.
 */
public enum DocKind {
    /** การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร: last year's results analysed, this year's measures planned. */
    O25(false),
    /** การดำเนินการตามมาตรการ: what each measure did in the plan year and what came of it. */
    O28(true);

    private final boolean reportsResults;

    DocKind(boolean reportsResults) {
        this.reportsResults = reportsResults;
    }

    /** "o25" or "o28". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "O25" or "O28": file names, headings of the check. */
    public String label() {
        return name();
    }

    /**
     * O28 reports what the measures achieved: every measure needs a result and an outcome (the
     * item scores 0 without them), and the scores of the year after the assessment, when given,
     * are its evidence. O25 plans, so it needs neither.
     */
    public boolean reportsResults() {
        return reportsResults;
    }

    /**
     * The fiscal year the document is submitted in, whose framework gives its item number and
     * title: O25 goes with the plan year, O28 reports the plan year in the ITA of the year after.
     */
    public int submittedIn(int planYear) {
        return reportsResults ? planYear + 1 : planYear;
    }

    /** The document's date when the measures file names no approval date: the plan year's first day for O25, its last for O28. */
    public LocalDate defaultDate(int planYear) {
        return reportsResults ? ThaiDates.fiscalYearEnd(planYear) : ThaiDates.fiscalYearStart(planYear);
    }

    /** The kind of a code, any case ("o25", "O28"); empty when there is none. */
    public static Optional<DocKind> parse(String code) {
        if (code == null) return Optional.empty();
        String c = code.strip();
        for (DocKind k : values()) {
            if (k.name().equalsIgnoreCase(c)) return Optional.of(k);
        }
        return Optional.empty();
    }

    /** The kind of a code the program itself wrote ("o25" in a bundled template); a bad code is a bug. */
    public static DocKind of(String code) {
        return parse(code).orElseThrow(() -> new IllegalArgumentException("no document kind \"" + code + "\""));
    }

    /** The code, so that picocli lists the choices and messages name a kind as users type it. */
    @Override
    public String toString() {
        return code();
    }
}
