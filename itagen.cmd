@echo off
rem itagen launcher for Windows: finds a Java 21+ runtime, builds target\itagen.jar on first use (and
rem again when the sources changed), runs it. Started by a double-click without arguments, it shows
rem the help and waits for a key instead of closing at once.
setlocal EnableDelayedExpansion
rem UTF-8 console, so Thai messages and file names print as Thai; the old code page is put back at the end.
for /f "tokens=2 delims=:" %%C in ('chcp') do set "OLDCP=%%C"
set "OLDCP=%OLDCP: =%"
set "OLDCP=%OLDCP:.=%"
chcp 65001 >nul
set "HERE=%~dp0"
set "HOME_DIR=%HERE:~0,-1%"
rem A double-click runs "cmd /c ""...\itagen.cmd" "" and closes the window when it ends.
set "DOUBLE_CLICK="
if "%~1"=="" for %%W in (%CMDCMDLINE%) do if /i "%%~W"=="/c" set "DOUBLE_CLICK=1"
set "JAR=%HERE%target\itagen.jar"
set "JAVA_BIN="
set "JAVA_MAJOR=0"

if defined ITAGEN_JAVA call :try "%ITAGEN_JAVA%"
if not defined JAVA_BIN if defined JAVA_HOME call :try "%JAVA_HOME%\bin\java.exe"
if not defined JAVA_BIN for /d %%D in ("%ProgramFiles%\Eclipse Adoptium\*" "%ProgramFiles%\Java\*" "%ProgramFiles%\Microsoft\jdk-*" "%ProgramFiles%\Zulu\*" "%ProgramFiles%\Amazon Corretto\*" "%LOCALAPPDATA%\Programs\Eclipse Adoptium\*") do (
  if not defined JAVA_BIN call :try "%%~D\bin\java.exe"
)
if not defined JAVA_BIN for %%J in (java.exe) do if not "%%~$PATH:J"=="" call :try "%%~$PATH:J"

if not defined JAVA_BIN (
  echo error: itagen needs Java 21 or newer and none was found ^(checked ITAGEN_JAVA, JAVA_HOME, Program Files, PATH^); install Temurin 21+ from adoptium, set JAVA_HOME, or download the release with its own Java ^(see README, Download^) 1>&2
  set "RC=2"
  goto :done
)

rem Build on first use, and again when a checkout's sources changed since the last build: cmd has no
rem file-time test, so the listing of src, templates and pom.xml (times and sizes) is compared with the
rem one saved at the last build.
set "STAMP=%HERE%target\.itagen-sources.txt"
set "LISTING=%TEMP%\itagen-sources-%RANDOM%.txt"
set "BUILD="
if not exist "%JAR%" set "BUILD=1"
if exist "%HERE%src" (
  (dir /s /a:-d /t:w "%HERE%src" "%HERE%templates" & dir /a:-d /t:w "%HERE%pom.xml") 2>nul | findstr /r /c:"^[0-9]" > "%LISTING%"
  if not exist "%STAMP%" set "BUILD=1"
  if exist "%STAMP%" fc /b "%LISTING%" "%STAMP%" >nul 2>nul || set "BUILD=1"
)
if defined BUILD (
  where mvn >nul 2>nul
  if errorlevel 1 (
    del "%LISTING%" >nul 2>nul
    if exist "%JAR%" goto :run
    echo error: %JAR% is missing and Maven ^(mvn^) is not installed to build it; install Maven, or download a released itagen ^(see README, Download^) 1>&2
    set "RC=2"
    goto :done
  )
  echo itagen: building %JAR% ... 1>&2
  pushd "%HERE%"
  call mvn -q -B -Dstyle.color=never -DskipTests package 1>&2
  set "RC=!errorlevel!"
  popd
  del "%HERE%target\itagen.aot" >nul 2>nul
  if not "!RC!"=="0" (
    del "%LISTING%" >nul 2>nul
    echo error: the build failed; run "mvn -B package" in %HERE% to see why 1>&2
    set "RC=2"
    goto :done
  )
  if exist "%LISTING%" move /y "%LISTING%" "%STAMP%" >nul
)
del "%LISTING%" >nul 2>nul

:run
set "JVM=-Djava.awt.headless=true -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -Djavax.xml.transform.TransformerFactory=com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl -Djavax.xml.parsers.SAXParserFactory=com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl "-Ditagen.home=%HOME_DIR%""
if /i "%~1"=="batch" (
  rem Throughput over start-up; a capped heap keeps a national run under 512 MB resident.
  set "JVM=!JVM! -XX:+UseParallelGC -Xmx256m"
) else (
  rem One document: start fast and, on JDK 25+, from an AOT cache made once; ITAGEN_NO_AOT=1 turns it off.
  set "JVM=!JVM! -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData"
  set "AOT=%HERE%target\itagen.aot"
  if not defined ITAGEN_NO_AOT if !JAVA_MAJOR! GEQ 25 if exist "%HERE%samples\department\scores.csv" (
    if not exist "!AOT!" (
      echo itagen: preparing a start-up cache ^(once^) ... 1>&2
      "%JAVA_BIN%" !JVM! -Xlog:disable -XX:AOTCacheOutput="!AOT!" -jar "%JAR%" o25 --scores "%HERE%samples\department\scores.csv" --measures "%HERE%samples\department\measures.yaml" --out "%TEMP%\itagen-aot" >nul 2>&1
      if errorlevel 1 del "!AOT!" >nul 2>nul
    )
    rem A stale cache after a rebuild is ignored by the JVM; -Xlog:disable keeps its notes out of JSON output.
    if exist "!AOT!" set "JVM=!JVM! -Xlog:disable -Xlog:all=error:stderr -XX:AOTCache=!AOT!"
  )
)
"%JAVA_BIN%" !JVM! %JAVA_OPTS% -jar "%JAR%" %*
set "RC=!errorlevel!"

:done
if defined DOUBLE_CLICK (
  echo.
  echo itagen เป็นโปรแกรมแบบพิมพ์คำสั่ง: สร้างโฟลเดอร์ข้อมูลด้วย "itagen init โฟลเดอร์" แล้วดับเบิลคลิก สร้างเอกสาร.cmd ในโฟลเดอร์นั้น
  echo ^(itagen is a command-line program: make a data folder with "itagen init FOLDER", then double-click สร้างเอกสาร.cmd in it^)
  echo.
  pause
)
if defined OLDCP chcp %OLDCP% >nul
exit /b %RC%

:try
rem Accepts the java at %1 when its major version is 21 or more.
if not exist "%~1" goto :eof
set "V="
set "M="
rem Via a temp file: a for /f command starting with a quoted path loses its quotes in cmd.
"%~1" -XshowSettings:properties -version 2> "%TEMP%\itagen-java-version.txt" >nul
for /f "tokens=2 delims==" %%V in ('findstr /c:"java.specification.version" "%TEMP%\itagen-java-version.txt"') do set "V=%%V"
del "%TEMP%\itagen-java-version.txt" >nul 2>nul
if not defined V goto :eof
set "V=!V: =!"
for /f "tokens=1 delims=." %%M in ("!V!") do set "M=%%M"
if defined M if !M! GEQ 21 (
  set "JAVA_BIN=%~1"
  set "JAVA_MAJOR=!M!"
)
goto :eof
