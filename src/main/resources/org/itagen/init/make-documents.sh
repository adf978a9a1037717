#!/bin/sh
# สร้างเอกสาร O25 และ O28 จากไฟล์ในโฟลเดอร์นี้: ดับเบิลคลิก (หรือพิมพ์ ./สร้างเอกสาร.sh ในเทอร์มินัล)
# โปรแกรมจะตรวจความพร้อม (itagen check) สร้าง O25 และ O28 เป็น PDF และ DOCX ในโฟลเดอร์ "เอกสาร"
# แล้วเปิดโฟลเดอร์นั้นให้
#
# Written by `itagen init` (macOS: สร้างเอกสาร.command, Linux: สร้างเอกสาร.sh). It runs check, o25
# and o28 on the data next to it, shows the findings, pauses, and opens the output folder. The data
# is ITA.xlsx when it is there (the folder init writes), otherwise scores.csv (or scores.xlsx) and
# measures.yaml (init's subfolder ไฟล์ข้อความ): one folder, one kind of input. itagen is looked for
# next to this file, in the folder above it (the example folder of a release), the one above that
# (its ไฟล์ข้อความ subfolder), in ITAGEN_HOME, on PATH, and where `itagen init` was run from.
# ITAGEN_NO_OPEN=1: do not open the folder (tests, servers).

cd "$(dirname "$0")" || exit 2
here=$(pwd)
out="$here/เอกสาร"
made_by="@ITAGEN_HOME@"

pause() {
  # Only a window someone looks at needs to stay open; a pipe or a test goes straight on.
  if [ -t 0 ] && [ -t 1 ]; then
    printf '\n%s' "กด Enter เพื่อปิดหน้าต่างนี้ "
    read -r _ || true
  fi
}

in_home() {  # prints itagen's launcher inside the folder $1 (a release, an app image, a checkout)
  [ -n "$1" ] || return 1
  for c in "$1/itagen" "$1/bin/itagen" "$1/itagen.app/Contents/MacOS/itagen" "$1/Contents/MacOS/itagen"; do
    if [ -f "$c" ] && [ -x "$c" ]; then printf '%s\n' "$c"; return 0; fi
  done
  return 1
}

find_itagen() {
  in_home "$here" || in_home "$here/.." || in_home "$here/../.." || in_home "${ITAGEN_HOME:-}" || command -v itagen 2>/dev/null \
    || in_home "$made_by" || in_home /Applications
}

itagen=$(find_itagen)
if [ -z "$itagen" ]; then
  echo "ไม่พบโปรแกรม itagen"
  echo "วางโฟลเดอร์นี้ไว้ในโฟลเดอร์ของโปรแกรม itagen ที่ดาวน์โหลดมา หรือกำหนดตัวแปร ITAGEN_HOME ให้ชี้ไปยังโฟลเดอร์นั้น"
  echo "(itagen not found: put this folder inside the itagen folder, or set ITAGEN_HOME)"
  pause
  exit 2
fi

# The workbook wins: it is what init's top folder is for. Text files beside it are not read, and
# saying so keeps an officer from editing them and wondering why the documents do not change.
if [ -f ITA.xlsx ]; then
  set -- --workbook ITA.xlsx
  echo "ข้อมูล: สมุดงาน ITA.xlsx"
  for f in scores.csv scores.xlsx measures.yaml; do
    if [ -f "$f" ]; then
      echo "ไม่ได้ใช้ $f ในโฟลเดอร์นี้ เพราะมี ITA.xlsx อยู่ด้วย ไฟล์ข้อความใช้ได้เมื่ออยู่ในโฟลเดอร์ที่ไม่มี ITA.xlsx"
    fi
  done
else
  scores=""
  for f in scores.csv scores.xlsx; do
    if [ -f "$f" ]; then scores=$f; break; fi
  done
  if [ -z "$scores" ] || [ ! -f measures.yaml ]; then
    echo "ต้องมีสมุดงาน ITA.xlsx หรือไฟล์ scores.csv (หรือ scores.xlsx) และ measures.yaml ในโฟลเดอร์ $here"
    pause
    exit 2
  fi
  set -- --scores "$scores" --measures measures.yaml
  echo "ข้อมูล: $scores และ measures.yaml"
fi
echo

echo "ขั้นที่ 1/3 ตรวจความพร้อมก่อนส่ง (itagen check)"
"$itagen" check --lang th "$@"
check=$?
echo
if [ "$check" -ge 2 ]; then
  echo "อ่านไฟล์ข้อมูลไม่ได้ แก้ตามข้อความด้านบน บันทึกไฟล์ แล้วดับเบิลคลิกอีกครั้ง"
  pause
  exit "$check"
fi

echo "ขั้นที่ 2/3 สร้างเอกสาร O25"
"$itagen" o25 --lang th "$@" --out "$out"
o25=$?
echo
echo "ขั้นที่ 3/3 สร้างเอกสาร O28"
"$itagen" o28 --lang th "$@" --out "$out"
o28=$?
echo

rc=0
if [ "$o25" -ne 0 ] || [ "$o28" -ne 0 ]; then
  echo "สร้างเอกสารได้ไม่ครบ แก้ตามข้อความด้านบนแล้วดับเบิลคลิกอีกครั้ง"
  rc=2
elif [ "$check" -ne 0 ]; then
  echo "สร้างเอกสารแล้วที่ $out"
  echo "แต่ยังมีข้อผิดพลาดที่จะทำให้เสียคะแนน (ผลการตรวจขั้นที่ 1) แก้ไขก่อนเผยแพร่"
  rc=1
else
  echo "เสร็จแล้ว เอกสารอยู่ที่ $out"
  echo "ตรวจทานเอกสารทุกครั้งก่อนเผยแพร่"
fi

if [ -d "$out" ] && [ -z "${ITAGEN_NO_OPEN:-}" ]; then
  if [ "$(uname -s 2>/dev/null)" = Darwin ]; then
    open "$out" 2>/dev/null
  elif [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && command -v xdg-open >/dev/null 2>&1; then
    xdg-open "$out" >/dev/null 2>&1 &
  fi
fi
pause
exit "$rc"
