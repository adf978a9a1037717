package org.itagen.cli;

import org.itagen.ItagenException;
import org.itagen.Msg;
import org.itagen.analysis.AnalysisOptions;
import org.itagen.input.FrameworkLoader;
import org.itagen.input.ReadOptions;
import org.itagen.model.FrameworkSet;
import org.itagen.thai.ThaiDigits;
import picocli.CommandLine.Option;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * How a score file is read and analysed: {@code --sheet}, {@code --encoding}, {@code --framework},
 * {@code --threshold}, declared once for every command that reads scores (a picocli mixin), so
 * that names, defaults, help and error messages cannot drift between commands. Commands for one
 * agency use {@link OneAgency}, which adds {@code --agency}; batch takes every agency and uses
 * this class. {@code --scores} itself stays with each command: whether it is required and which
 * layouts it accepts differ (check may run on --generated alone; batch streams the long layout).
 */
class ScoreInputOptions {
    @Option(names = "--sheet", paramLabel = "NAME")
    String sheet;

    @Option(names = "--encoding", paramLabel = "ENC")
    String encoding;

    @Option(names = "--framework", paramLabel = "FILE")
    Path framework;

    @Option(names = "--threshold", paramLabel = "N", defaultValue = "90")
    String threshold;

    @Option(names = "--totals", paramLabel = "declared|computed", defaultValue = "declared")
    String totals;

    /** The chosen agency, or null for every agency (batch) or the only one. */
    String agency() {
        return null;
    }

    /** The reader's options; an unknown --encoding is an input error naming the option. */
    ReadOptions readOptions() {
        return new ReadOptions(agency(), sheet, charset(encoding));
    }

    /** The bundled rules, with --framework's year replaced when given. */
    FrameworkSet frameworks() {
        return framework == null ? FrameworkLoader.bundled() : FrameworkLoader.bundledWith(framework);
    }

    /** The analysis options; a --threshold outside 0-100 is an input error naming the option. */
    AnalysisOptions analysisOptions() {
        return new AnalysisOptions(threshold(threshold), totals(totals));
    }

    /** --totals: declared or computed; anything else is a usage error naming the option. */
    static AnalysisOptions.Totals totals(String v) {
        if (v == null) return AnalysisOptions.Totals.DECLARED;
        return switch (v.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "declared" -> AnalysisOptions.Totals.DECLARED;
            case "computed" -> AnalysisOptions.Totals.COMPUTED;
            default -> throw ItagenException.input("--totals", Msg.of("error.BAD_TOTALS", v));
        };
    }

    /**
     * Checks the options' own values (encoding, threshold) before any file is read, so that a
     * mistyped option is reported as itself whatever else is wrong.
     */
    void check() {
        charset(encoding);
        threshold(threshold);
        totals(totals);
    }

    /** {@link ScoreInputOptions} plus {@code --agency}, for the commands that handle one agency. */
    static class OneAgency extends ScoreInputOptions {
        @Option(names = "--agency", paramLabel = "ID")
        String agency;

        @Override
        String agency() {
            return agency;
        }
    }

    /**
     * The charset --encoding names. Only encodings a Thai score file can come in are accepted:
     * another (UTF-16, Latin-1 ...) would decode "successfully" into garbage Thai.
     */
    static Charset charset(String name) {
        if (name == null) return null;
        Charset cs;
        try {
            cs = Charset.forName(name.strip());
        } catch (IllegalArgumentException e) {
            cs = null;
        }
        String shown = name.length() > 40 ? name.substring(0, 40) + "…" : name;
        if (cs == null) throw ItagenException.input("--encoding", Msg.of("error.ENCODING_UNKNOWN", shown));
        if (!SUPPORTED.contains(cs.name())) throw ItagenException.input("--encoding", Msg.of("error.ENCODING_UNSUPPORTED", shown));
        // Windows calls windows-874 "cp874", which Java reads as IBM's variant.
        return cs.name().equals("x-IBM874") ? org.itagen.input.TextDecoding.WINDOWS_874 : cs;
    }

    /** Canonical names of UTF-8, windows-874 (and cp874) and its subsets TIS-620 / ISO-8859-11, and ASCII. */
    private static final java.util.Set<String> SUPPORTED =
            java.util.Set.of("UTF-8", "x-windows-874", "x-IBM874", "TIS-620", "x-iso-8859-11", "US-ASCII");

    static BigDecimal threshold(String raw) {
        String s = ThaiDigits.toArabic(raw).strip();
        try {
            BigDecimal v = new BigDecimal(s);
            if (v.signum() < 0 || v.compareTo(new BigDecimal(100)) > 0) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            throw ItagenException.input("--threshold", Msg.of("error.THRESHOLD_RANGE", raw));
        }
    }
}
