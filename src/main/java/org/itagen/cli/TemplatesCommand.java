package org.itagen.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.itagen.ItagenException;
import org.itagen.Messages;
import org.itagen.render.OutputFiles;
import org.itagen.report.TemplateLoader;
import org.itagen.report.TemplateVariables;
import org.itagen.report.TemplateVariables.Variable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code itagen templates export DIR}: the bundled templates, to edit; {@code itagen templates vars}: the names they can use. */
@Command(name = "templates", mixinStandardHelpOptions = true,
        subcommands = {TemplatesCommand.Export.class, TemplatesCommand.Vars.class})
public class TemplatesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code itagen templates export DIR}. */
    @Command(name = "export", mixinStandardHelpOptions = true)
    public static class Export implements java.util.concurrent.Callable<Integer> {
        @Parameters(index = "0", paramLabel = "DIR")
        Path dir;

        @Option(names = "--force")
        boolean force;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (!force) {
                for (String kind : TemplateLoader.KINDS) {
                    Path p = dir.resolve(kind + ".yaml");
                    if (Files.exists(p)) {
                        throw ItagenException.input(p.toString(), org.itagen.Msg.of("error.TEMPLATE_EXISTS"));
                    }
                }
            }
            for (String kind : TemplateLoader.KINDS) {
                Path p = dir.resolve(kind + ".yaml");
                OutputFiles.writeAtomically(p, TemplateLoader.bundledText(kind).getBytes(StandardCharsets.UTF_8));
                spec.commandLine().getOut().println(org.itagen.Msg.of("output.WROTE", p).text());
            }
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }

    /** {@code itagen templates vars}: every name a template can use, with its type and what it holds. */
    @Command(name = "vars", mixinStandardHelpOptions = true)
    public static class Vars implements java.util.concurrent.Callable<Integer> {
        @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", descriptionKey = "listing.format")
        ListingFormat format;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().getOut().print(format == ListingFormat.json ? json() : text());
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }

        static String text() {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[]{Messages.text("template.vars.name"), Messages.text("template.vars.type"),
                    Messages.text("template.vars.description")});
            for (Variable v : TemplateVariables.all()) rows.add(row(v, ""));
            StringBuilder sb = new StringBuilder(Messages.text("template.vars.intro")).append("\n\n");
            table(sb, rows);
            for (TemplateVariables.Shape shape : TemplateVariables.shapes()) {
                sb.append('\n').append(Messages.text("template.vars.shape", shape.name())).append('\n');
                List<String[]> fields = new ArrayList<>();
                for (Variable f : shape.fields()) fields.add(row(f, "  ."));
                table(sb, fields);
            }
            return sb.toString();
        }

        private static String[] row(Variable v, String prefix) {
            String scope = v.scope() == TemplateVariables.Scope.DOCUMENT ? ""
                    : " (" + Messages.text("template.vars.scope." + v.scope().name()) + ")";
            return new String[]{prefix + v.name(), v.type(), v.description(Messages.current()) + scope};
        }

        /** Columns padded by display width (Thai marks take no column); the last one is not padded. */
        private static void table(StringBuilder sb, List<String[]> rows) {
            int[] w = new int[2];
            for (String[] r : rows) {
                for (int c = 0; c < 2; c++) w[c] = Math.max(w[c], org.itagen.thai.DisplayWidth.displayWidth(r[c]));
            }
            for (String[] r : rows) {
                sb.append(org.itagen.thai.DisplayWidth.padRight(r[0], w[0])).append("  ")
                        .append(org.itagen.thai.DisplayWidth.padRight(r[1], w[1])).append("  ").append(r[2]).append('\n');
            }
        }

        static String json() {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("schema_version", org.itagen.Version.SCHEMA);
            root.put("itagen_version", org.itagen.Version.itagen());
            root.put("variables", TemplateVariables.all().stream().map(Vars::entry).toList());
            Map<String, Object> shapes = new LinkedHashMap<>();
            for (TemplateVariables.Shape s : TemplateVariables.shapes()) {
                shapes.put(s.name(), s.fields().stream().map(Vars::entry).toList());
            }
            root.put("shapes", shapes);
            try {
                return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        private static Map<String, Object> entry(Variable v) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", v.name());
            m.put("type", v.type());
            m.put("scope", v.scope().name().toLowerCase(java.util.Locale.ROOT));
            m.put("description", v.description(Messages.current()));
            return m;
        }
    }
}
