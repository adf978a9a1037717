package org.itagen.report;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Extension;
import io.pebbletemplates.pebble.extension.ExtensionCustomizer;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.NodeVisitor;
import io.pebbletemplates.pebble.lexer.Token;
import io.pebbletemplates.pebble.node.ForNode;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.node.SetNode;
import io.pebbletemplates.pebble.node.expression.Expression;
import io.pebbletemplates.pebble.parser.Parser;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import io.pebbletemplates.pebble.tokenParser.TokenParser;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Array;
import java.util.AbstractCollection;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Budgets for one template text, so that an edited template can neither hang a run nor fill its
 * heap: at most {@link #STEPS} loop iterations (and range elements), {@link #CPU_NANOS} of CPU
 * time, {@link #OUTPUT} characters written and {@link #VALUE} characters in a {@code set} value.
 * Every text a document is built from gets a fresh budget ({@link TextEngine#render}). Tags a
 * document template has no use for and that can recurse or reach other files (macro, include,
 * import, extends, embed, block, parallel, cache, flush) are not offered at all.
 *
 * <p>Real templates stay far below: the bundled ones loop over at most a few hundred measures
 * and questions per text and write a few thousand characters.
 */
final class TemplateBudget {
    /** Loop iterations plus range elements per text. */
    static final long STEPS = 1_000_000;
    /** CPU time per text: far above any real text (microseconds), short enough to answer at once. */
    static final long CPU_NANOS = 1_000_000_000L;
    /** Characters one text may write (a whole O25 is about 30,000). */
    static final int OUTPUT = 200_000;
    /** Characters a {@code set} value may hold. */
    static final int VALUE = OUTPUT;
    /** Tags that are refused: recursion, other files, threads. */
    static final Set<String> REFUSED_TAGS = Set.of("macro", "import", "include", "extends", "embed", "block",
            "parallel", "cache", "flush", "from");

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_TIME = THREADS.isCurrentThreadCpuTimeSupported();
    private static final ThreadLocal<Budget> CURRENT = new ThreadLocal<>();

    private TemplateBudget() {
    }

    /** What is left of one text's budget; used by the thread rendering it. */
    static final class Budget {
        private long steps = STEPS;
        private final long cpuStart = cpuNow();
        private final long wallStart = System.nanoTime();

        void step(int line, String file) {
            if (--steps < 0) throw new Exceeded("error.TEMPLATE_STEPS", line, file, String.format(java.util.Locale.ROOT, "%,d", STEPS));
            if ((steps & 0xFF) == 0) time(line, file);
        }

        void time(int line, String file) {
            long used = CPU_TIME ? cpuNow() - cpuStart : System.nanoTime() - wallStart;
            if (used > CPU_NANOS) throw new Exceeded("error.TEMPLATE_TIME", line, file, String.valueOf(CPU_NANOS / 1_000_000_000L));
        }

        private static long cpuNow() {
            return CPU_TIME ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
        }
    }

    /** A budget ran out: the text's line and a message key. */
    static final class Exceeded extends PebbleException {
        private final String code;
        private final String limit;

        Exceeded(String code, int line, String file, String limit) {
            super(null, code, line, file);
            this.code = code;
            this.limit = limit;
        }

        String code() {
            return code;
        }

        String limit() {
            return limit;
        }
    }

    /** Starts a fresh budget for one text on this thread; returns the one it replaces (usually null). */
    static Budget start() {
        Budget previous = CURRENT.get();
        CURRENT.set(new Budget());
        return previous;
    }

    static void end(Budget previous) {
        if (previous == null) CURRENT.remove();
        else CURRENT.set(previous);
    }

    private static Budget current() {
        Budget b = CURRENT.get();
        if (b == null) {
            b = new Budget(); // evaluated outside TextEngine.render (tests): still bounded
            CURRENT.set(b);
        }
        return b;
    }

    /** Applied to Pebble's core extension: budgeted for and set, a lazy range, the refused tags gone. */
    static java.util.function.Function<Extension, ExtensionCustomizer> customizer() {
        return core -> new ExtensionCustomizer(core) {
            @Override
            public List<TokenParser> getTokenParsers() {
                List<TokenParser> out = new ArrayList<>();
                List<TokenParser> parsers = super.getTokenParsers();
                if (parsers == null) return null;
                for (TokenParser p : parsers) {
                    if (REFUSED_TAGS.contains(p.getTag())) continue;
                    if (p.getTag().equals("for")) out.add(new CountedFor(p));
                    else if (p.getTag().equals("set")) out.add(new BoundedSet(p));
                    else out.add(p);
                }
                return out;
            }

            @Override
            public Map<String, Function> getFunctions() {
                Map<String, Function> f = super.getFunctions();
                if (f == null || !f.containsKey("range")) return f;
                Map<String, Function> out = new LinkedHashMap<>(f);
                out.put("range", new LazyRange(f.get("range")));
                return out;
            }
        };
    }

    /** The core {@code for}, with its list counted element by element. */
    private record CountedFor(TokenParser core) implements TokenParser {
        @Override
        public String getTag() {
            return "for";
        }

        @Override
        public RenderableNode parse(Token token, Parser parser) {
            RenderableNode n = core.parse(token, parser);
            if (!(n instanceof ForNode f)) return n;
            return new ForNode(f.getLineNumber(), f.getIterationVariable(), new Counted(f.getIterable(), f.getLineNumber()),
                    f.getBody(), f.getElseBody());
        }
    }

    /** The core {@code set}, refusing a value longer than {@link #VALUE} characters. */
    private record BoundedSet(TokenParser core) implements TokenParser {
        @Override
        public String getTag() {
            return "set";
        }

        @Override
        public RenderableNode parse(Token token, Parser parser) {
            RenderableNode n = core.parse(token, parser);
            if (!(n instanceof SetNode s)) return n;
            return new SetNode(s.getLineNumber(), s.getName(), new Sized(s.getValue(), s.getLineNumber()));
        }
    }

    private record Sized(Expression<?> inner, int line) implements Expression<Object> {
        @Override
        public Object evaluate(PebbleTemplateImpl self, EvaluationContextImpl context) {
            Object v = inner.evaluate(self, context);
            if (v instanceof CharSequence cs && cs.length() > VALUE) {
                throw new Exceeded("error.TEMPLATE_VALUE", line, self.getName(), String.format(java.util.Locale.ROOT, "%,d", VALUE));
            }
            current().time(line, self.getName());
            return v;
        }

        @Override
        public int getLineNumber() {
            return line;
        }

        @Override
        public void accept(NodeVisitor visitor) {
            inner.accept(visitor);
        }
    }

    /** A for loop's list, each element taken counted against the budget. */
    private record Counted(Expression<?> inner, int line) implements Expression<Object> {
        @Override
        public Object evaluate(PebbleTemplateImpl self, EvaluationContextImpl context) {
            Object v = inner.evaluate(self, context);
            if (v == null || v instanceof RangeList) return v; // a range counts its own elements
            Budget budget = current();
            String file = self.getName();
            Collection<?> c;
            if (v instanceof Collection<?> col) c = col;
            else if (v instanceof Map<?, ?> m) c = m.entrySet();
            else if (v.getClass().isArray()) c = new ArrayView(v);
            else if (v instanceof Enumeration<?> e) c = java.util.Collections.list(e);
            else if (v instanceof Iterable<?> it) {
                return (Iterable<Object>) () -> counting(it.iterator(), budget, file);
            } else {
                return v; // not iterable: the for node says so
            }
            Collection<?> source = c;
            return new AbstractCollection<Object>() {
                @Override
                public Iterator<Object> iterator() {
                    return counting(source.iterator(), budget, file);
                }

                @Override
                public int size() {
                    return source.size();
                }
            };
        }

        private Iterator<Object> counting(Iterator<?> it, Budget budget, String file) {
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public Object next() {
                    budget.step(line, file);
                    return it.next();
                }
            };
        }

        @Override
        public int getLineNumber() {
            return line;
        }

        @Override
        public void accept(NodeVisitor visitor) {
            inner.accept(visitor);
        }
    }

    private static final class ArrayView extends AbstractList<Object> {
        private final Object array;

        ArrayView(Object array) {
            this.array = array;
        }

        @Override
        public Object get(int i) {
            return Array.get(array, i);
        }

        @Override
        public int size() {
            return Array.getLength(array);
        }
    }

    /**
     * Pebble's range, made lazy: {@code range(1, 100000000)} no longer builds a list of a hundred
     * million numbers before anything can stop it. A range longer than the whole budget is refused
     * at once; elements are counted as they are read.
     */
    private record LazyRange(Function core) implements Function {
        @Override
        public List<String> getArgumentNames() {
            return core.getArgumentNames();
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            Object start = args.get("start");
            Object end = args.get("end");
            Object inc = args.get("increment");
            if (!(start instanceof Number s) || !(end instanceof Number e) || !(inc == null || inc instanceof Number)) {
                return core.execute(args, self, context, line); // characters, or the core's own message
            }
            long step = inc == null ? 1L : ((Number) inc).longValue();
            if (step == 0) return core.execute(args, self, context, line);
            long from = s.longValue();
            long to = e.longValue();
            // Element count without overflow: BigInteger is cheap next to the loop it guards.
            java.math.BigInteger n = java.math.BigInteger.valueOf(to).subtract(java.math.BigInteger.valueOf(from))
                    .divide(java.math.BigInteger.valueOf(step)).add(java.math.BigInteger.ONE);
            if ((step > 0 && to < from) || (step < 0 && to > from)) n = java.math.BigInteger.ZERO;
            if (n.compareTo(java.math.BigInteger.valueOf(STEPS)) > 0) {
                throw new Exceeded("error.TEMPLATE_RANGE", line, self.getName(), String.format(java.util.Locale.ROOT, "%,d", STEPS));
            }
            return new RangeList(from, step, n.intValue(), current(), line, self.getName());
        }
    }

    /** The numbers of a range, computed when read and each read counted. */
    private static final class RangeList extends AbstractList<Long> {
        private final long from;
        private final long step;
        private final int size;
        private final Budget budget;
        private final int line;
        private final String file;

        RangeList(long from, long step, int size, Budget budget, int line, String file) {
            this.from = from;
            this.step = step;
            this.size = size;
            this.budget = budget;
            this.line = line;
            this.file = file;
        }

        @Override
        public Long get(int i) {
            if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
            budget.step(line, file);
            return from + i * step;
        }

        @Override
        public int size() {
            return size;
        }
    }
}
