@echo off
rem rolebook launcher for Windows, beside mvnw.cmd: builds cli\target\rolebook.jar with the Maven
rem wrapper on first use, then runs it with the arguments given, as ./rolebook does on Linux and
rem macOS. Kept simple, and unlike ./rolebook it does not notice changed sources (delete
rem cli\target\rolebook.jar to build again), does not check the Java version itself (a Java older
rem than 17 fails the build) and makes no class-data archive (start-up is slower).
setlocal
set "ROOT=%~dp0"
set "JAR=%ROOT%cli\target\rolebook.jar"

set "JAVA="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if not defined JAVA for /f "delims=" %%j in ('where java 2^>nul') do if not defined JAVA set "JAVA=%%j"
if not defined JAVA goto nojava

if exist "%JAR%" goto run
echo Building rolebook (first run; this takes a minute or two)... 1>&2
rem The Maven wrapper builds with the Java found here: JAVA_HOME is its folder, where it is one.
for %%d in ("%JAVA%\..\..") do if exist "%%~fd\bin\java.exe" set "JAVA_HOME=%%~fd"
set "LOG=%TEMP%\rolebook-build-%RANDOM%.log"
pushd "%ROOT%"
call mvnw.cmd -B -q -DskipTests -pl cli -am package > "%LOG%" 2>&1
set "BUILT=%ERRORLEVEL%"
popd
if not "%BUILT%"=="0" goto buildfailed
del "%LOG%" >nul 2>&1

:run
rem Short runs start fastest with the quick compiler alone and a small collector; a preview lives
rem long and renders again on every save. ROLEBOOK_JAVA_OPTS replaces these.
set "OPTIONS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
if /i "%~1"=="preview" set "OPTIONS=-XX:+UseSerialGC"
if defined ROLEBOOK_JAVA_OPTS set "OPTIONS=%ROLEBOOK_JAVA_OPTS%"
"%JAVA%" %OPTIONS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%

:nojava
echo rolebook needs Java 17 or newer, and no Java was found. 1>&2
echo Install a JDK from https://adoptium.net, then run this again, or set JAVA_HOME to the JDK's folder. 1>&2
exit /b 3

:buildfailed
type "%LOG%" 1>&2
del "%LOG%" >nul 2>&1
echo rolebook: the build failed; its output is above. 1>&2
exit /b 3
