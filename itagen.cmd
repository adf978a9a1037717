@echo off
rem itagen launcher for Windows: finds a Java 21+ runtime, builds target\itagen.jar on first use, runs it.
setlocal EnableDelayedExpansion
set "HERE=%~dp0"
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
  echo error: itagen needs Java 21 or newer and none was found ^(checked ITAGEN_JAVA, JAVA_HOME, Program Files, PATH^); install Temurin 21+ from adoptium or set JAVA_HOME 1>&2
  exit /b 2
)

if not exist "%JAR%" (
  where mvn >nul 2>nul
  if errorlevel 1 (
    echo error: %JAR% is missing and Maven ^(mvn^) is not installed to build it; install Maven or put a released itagen.jar into target\ 1>&2
    exit /b 2
  )
  echo itagen: building %JAR% ^(first run only^) ... 1>&2
  pushd "%HERE%"
  call mvn -q -B -Dstyle.color=never -DskipTests package 1>&2
  set "RC=!errorlevel!"
  popd
  del "%HERE%target\itagen.aot" >nul 2>nul
  if not "!RC!"=="0" (
    echo error: the build failed; run "mvn -B package" in %HERE% to see why 1>&2
    exit /b 2
  )
)

set "JVM=-Djava.awt.headless=true -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8"
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
exit /b %errorlevel%

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
