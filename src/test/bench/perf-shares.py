#!/usr/bin/env python3
"""Inclusive CPU shares of named parts of itagen, from `perf script` output of a JVM run with
-XX:+PreserveFramePointer and -XX:+DumpPerfMapAtExit (so JIT-compiled Java frames have names and
native frames such as zlib and HarfBuzz are counted too). See src/test/bench/profile.sh.

Usage: perf script -i perf.data -F comm,tid,ip,sym,dso | perf-shares.py
Prints, per part, the share of the application threads' samples whose stack contains it
(parts overlap: zlib under the PDF writer, etc.), then the JVM's own threads (JIT compilers, GC)
as a share of all samples.
"""
import re
import sys

# (label, regex on a frame "symbol (dso)"); a sample counts once per label.
PARTS = [
    ("PDF writer (render.pdf, OpenPDF)", r"org\.itagen\.render\.pdf\.|org\.openpdf\."),
    ("  zlib deflate (PDF streams)", r"libzip\.so|libz\.so|java\.util\.zip\.Deflater|deflate"),
    ("  - page content streams", r"PdfContents\.<init>"),
    ("  - font streams (subset, ToUnicode)", r"TrueTypeFontUnicode\.writeFont|BaseFont\$StreamFont"),
    ("  font subsetting (TrueTypeFontSubSet)", r"TrueTypeFontSubSet"),
    ("  HarfBuzz shaping (TextEngine.doShape)", r"TextEngine\.doShape|layoutGlyphVector|sun\.font\.|libfontmanager"),
    ("  ToUnicode completion (CmapCompleter)", r"CmapCompleter|addMissingCmapEntries"),
    ("  word breaks (WordBreaker)", r"org\.itagen\.thai\.WordBreaker"),
    ("  table layout (TableLayout.addTable)", r"TableLayout\.addTable"),
    ("  text layout (TextLines.layout)", r"TextLines\.layout"),
    ("  drawing text (TextLines.draw, TextEngine.draw*)", r"TextLines\.draw|TextEngine\.draw"),
    ("  chart (ChartItem)", r"render\.pdf\.ChartItem"),
    ("  writing the file (OpenPDF Document.close)", r"org\.openpdf\.text\.Document\.close|PdfDocument\.close"),
    ("DOCX writer (render.docx, POI)", r"org\.itagen\.render\.docx\.|org\.apache\.poi\.|org\.apache\.xmlbeans\."),
    ("  zlib in DOCX", None),  # filled below: zlib frames under DocxWriter
    ("report building (ReportBuilder.build)", r"org\.itagen\.report\.ReportBuilder\.build"),
    ("GC (in application threads)", r"ParallelScavenge|PSScavenge|G1|SerialHeap|MemAllocator"),
]
JVM_THREADS = re.compile(r"^(C1 CompilerThre|C2 CompilerThre|GC Thread|G1 |VM Thread|VM Periodic|Monitor Defl|Service Thread|"
                         r"Signal Dispatch|Finalizer|Reference Handl|Common-Cleaner|Notification|Sweeper|Attach)")
compiled = [(label, re.compile(rx) if rx else None) for label, rx in PARTS]
zlib = re.compile(PARTS[1][1])
docx = re.compile(PARTS[13][1])

counts = {label: 0 for label, _ in PARTS}
app = 0
jvm = {}
total = 0
comm = None
frames = []


def flush():
    global app, total
    if comm is None:
        return
    total += 1
    if JVM_THREADS.match(comm):
        key = re.sub(r"#?\d+$", "", comm).strip()
        jvm[key] = jvm.get(key, 0) + 1
        return
    app += 1
    stack = "\n".join(frames)
    for label, rx in compiled:
        # "  - " rows split the zlib row above them: they need a zlib frame too.
        if rx is not None and rx.search(stack) and (not label.startswith("  - ") or zlib.search(stack)):
            counts[label] += 1
    if docx.search(stack) and zlib.search(stack):
        counts["  zlib in DOCX"] += 1


header = re.compile(r"^(\S.*?)\s+(\d+)\s*$")
for line in sys.stdin:
    if not line.strip():
        continue
    if not line.startswith((" ", "\t")):
        flush()
        m = header.match(line.rstrip("\n"))
        comm = m.group(1) if m else line.strip()
        frames = []
    else:
        frames.append(line.strip())
flush()

if total == 0:
    sys.exit("no samples")
print(f"{app} application-thread samples of {total} ({100.0 * app / total:.1f} %)")
for label, _ in PARTS:
    print(f"{label:52s} {100.0 * counts[label] / max(app, 1):5.1f} %")
print("JVM threads, share of all samples:")
for k, v in sorted(jvm.items(), key=lambda kv: -kv[1]):
    print(f"  {k:50s} {100.0 * v / total:5.1f} %")
