@echo off
chcp 65001 >nul
rem สร้างเอกสาร O25 และ O28 จากไฟล์ในโฟลเดอร์นี้: ดับเบิลคลิกไฟล์นี้
rem โปรแกรมจะตรวจความพร้อม (itagen check) สร้าง O25 และ O28 เป็น PDF และ DOCX ในโฟลเดอร์ "เอกสาร"
rem แล้วเปิดโฟลเดอร์นั้นให้
rem
rem Written by `itagen init`. Runs check, o25 and o28 on the data next to it, shows the findings,
rem opens the output folder and pauses. The data is ITA.xlsx when it is there (the folder init
rem writes), otherwise scores.csv (or scores.xlsx) and measures.yaml (init's subfolder ไฟล์ข้อความ):
rem one folder, one kind of input. itagen is looked for next to this file, in the folder above it
rem (the example folder of a release), the one above that (its ไฟล์ข้อความ subfolder), in
rem ITAGEN_HOME, on PATH, and where `itagen init` was run from. ITAGEN_NO_OPEN=1: do not open the folder.
setlocal
cd /d "%~dp0"
set "HERE=%CD%"
set "OUT=%HERE%\เอกสาร"
set "MADE_BY=@ITAGEN_HOME@"
set "ITAGEN="
call :home "%HERE%"
if not defined ITAGEN call :home "%HERE%\.."
if not defined ITAGEN call :home "%HERE%\..\.."
if not defined ITAGEN if defined ITAGEN_HOME call :home "%ITAGEN_HOME%"
if not defined ITAGEN for %%I in (itagen.exe itagen.cmd) do if not defined ITAGEN if not "%%~$PATH:I"=="" set "ITAGEN=%%~$PATH:I"
if not defined ITAGEN call :home "%MADE_BY%"
if defined ITAGEN goto :found
echo ไม่พบโปรแกรม itagen
echo วางโฟลเดอร์นี้ไว้ในโฟลเดอร์ของโปรแกรม itagen ที่ดาวน์โหลดมา หรือกำหนดตัวแปร ITAGEN_HOME ให้ชี้ไปยังโฟลเดอร์นั้น
echo (itagen not found: put this folder inside the itagen folder, or set ITAGEN_HOME)
set "RC=2"
goto :end

:found
rem The workbook wins: it is what init's top folder is for. Text files beside it are not read, and
rem saying so keeps an officer from editing them and wondering why the documents do not change.
rem DATA is for this folder, DATA_UP for inside the output folder; both are ASCII (see below).
if not exist "ITA.xlsx" goto :textfiles
set "DATA=--workbook ITA.xlsx"
set "DATA_UP=--workbook ..\ITA.xlsx"
echo ข้อมูล: สมุดงาน ITA.xlsx
rem No parentheses in the notice: it is the body of a for.
for %%F in (scores.csv scores.xlsx measures.yaml) do if exist "%%F" echo ไม่ได้ใช้ %%F ในโฟลเดอร์นี้ เพราะมี ITA.xlsx อยู่ด้วย ไฟล์ข้อความใช้ได้เมื่ออยู่ในโฟลเดอร์ที่ไม่มี ITA.xlsx
goto :data

:textfiles
set "SCORES="
if exist "scores.xlsx" set "SCORES=scores.xlsx"
if exist "scores.csv" set "SCORES=scores.csv"
if not defined SCORES goto :nodata
if not exist "measures.yaml" goto :nodata
set "DATA=--scores %SCORES% --measures measures.yaml"
set "DATA_UP=--scores ..\%SCORES% --measures ..\measures.yaml"
echo ข้อมูล: %SCORES% และ measures.yaml

:data
echo.
echo ขั้นที่ 1/3 ตรวจความพร้อมก่อนส่ง (itagen check)
call "%ITAGEN%" check --lang th %DATA%
set "CHECK=%errorlevel%"
echo.
if %CHECK% GEQ 2 goto :unreadable

rem Java on Windows reads its arguments in the ANSI code page, where Thai may not exist: the Thai
rem output folder is made here and itagen writes into "." from inside it, so every argument is ASCII.
if not exist "%OUT%\" mkdir "%OUT%"
pushd "%OUT%"
echo ขั้นที่ 2/3 สร้างเอกสาร O25
call "%ITAGEN%" o25 --lang th %DATA_UP% --out .
set "O25=%errorlevel%"
echo.
echo ขั้นที่ 3/3 สร้างเอกสาร O28
call "%ITAGEN%" o28 --lang th %DATA_UP% --out .
set "O28=%errorlevel%"
echo.
popd

set "RC=0"
if not "%O25%%O28%"=="00" goto :incomplete
if not "%CHECK%"=="0" goto :findings
echo เสร็จแล้ว เอกสารอยู่ที่ %OUT%
echo ตรวจทานเอกสารทุกครั้งก่อนเผยแพร่
goto :open

:findings
echo สร้างเอกสารแล้วที่ %OUT%
echo แต่ยังมีข้อผิดพลาดที่จะทำให้เสียคะแนน (ผลการตรวจขั้นที่ 1) แก้ไขก่อนเผยแพร่
set "RC=1"
goto :open

:incomplete
echo สร้างเอกสารได้ไม่ครบ แก้ตามข้อความด้านบนแล้วดับเบิลคลิกอีกครั้ง
set "RC=2"

:open
if exist "%OUT%\" if not defined ITAGEN_NO_OPEN start "" "%OUT%"
goto :end

:nodata
echo ต้องมีสมุดงาน ITA.xlsx หรือไฟล์ scores.csv (หรือ scores.xlsx) และ measures.yaml ในโฟลเดอร์ %HERE%
set "RC=2"
goto :end

:unreadable
echo อ่านไฟล์ข้อมูลไม่ได้ แก้ตามข้อความด้านบน บันทึกไฟล์ แล้วดับเบิลคลิกอีกครั้ง
set "RC=%CHECK%"

:end
echo.
echo กดปุ่มใดก็ได้เพื่อปิดหน้าต่างนี้
pause >nul
exit /b %RC%

:home
rem Sets ITAGEN to the launcher inside the folder %1: a release or app image (itagen.exe) or a checkout (itagen.cmd).
if "%~1"=="" goto :eof
if exist "%~f1\itagen.exe" set "ITAGEN=%~f1\itagen.exe"
if not defined ITAGEN if exist "%~f1\itagen.cmd" set "ITAGEN=%~f1\itagen.cmd"
goto :eof
