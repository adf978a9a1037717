package org.itagen.input;

import org.itagen.model.Framework;
import org.itagen.model.FrameworkSet;
import org.itagen.model.IndicatorDef;
import org.itagen.model.OitDocumentDef;
import org.itagen.model.QuestionDef;
import org.itagen.model.RatingLevel;
import org.itagen.model.SubIndicatorDef;
import org.itagen.model.Tool;

import java.util.TreeMap;

/**
 * Every fact of every loaded fiscal year as plain text, one fact a line, so two loaders (or two
 * layouts of the data) can be compared. The snapshot in test resources was written from the nine
 * fully expanded files before years learned to extend each other.
 */
final class FrameworkSnapshot {
    private FrameworkSnapshot() {
    }

    static String dump(FrameworkSet set) {
        StringBuilder sb = new StringBuilder();
        for (Framework f : set.byYear().values()) dump(f, sb);
        return sb.toString();
    }

    static void dump(Framework f, StringBuilder sb) {
        String y = "fy" + f.fiscalYear() + " ";
        sb.append(y).append("source ").append(f.source()).append('\n');
        for (Tool t : new Tool[]{Tool.IIT, Tool.EIT, Tool.OIT}) {
            sb.append(y).append("weight ").append(t).append(' ').append(f.weight(t).toPlainString()).append('\n');
        }
        sb.append(y).append("eit_parts ").append(f.eitParts()).append('\n');
        sb.append(y).append("rating ").append(f.rating().kind()).append('\n');
        for (RatingLevel l : f.rating().levels()) {
            sb.append(y).append("level ").append(l.name()).append(' ').append(l.min().toPlainString())
                    .append(' ').append(l.toolsMin() == null ? "-" : l.toolsMin().toPlainString()).append('\n');
        }
        for (IndicatorDef d : f.indicators()) {
            sb.append(y).append("indicator ").append(d.number()).append(' ').append(d.tool()).append(' ').append(d.name()).append('\n');
            for (SubIndicatorDef s : d.subIndicators()) {
                sb.append(y).append("sub ").append(d.number()).append(' ').append(s.code()).append(' ').append(s.name()).append('\n');
            }
        }
        for (QuestionDef q : new TreeMap<>(f.questions()).values()) {
            sb.append(y).append("question ").append(q.code()).append(' ').append(q.tool()).append(' ').append(q.indicator())
                    .append(' ').append(q.text() == null ? "-" : q.text()).append('\n');
        }
        for (OitDocumentDef d : f.documents()) {
            sb.append(y).append("document ").append(d.role()).append(' ').append(d.code()).append(' ').append(d.confidence())
                    .append(' ').append(d.title()).append('\n');
            for (String c : d.components()) sb.append(y).append("component ").append(d.role()).append(' ').append(c).append('\n');
        }
    }

    /** Writes the snapshot of the bundled data (run once, from the code whose data is the oracle). */
    public static void main(String[] args) throws Exception {
        java.nio.file.Files.writeString(java.nio.file.Path.of(args[0]), dump(FrameworkLoader.bundled()));
    }
}
