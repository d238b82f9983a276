@echo off
rem sci4j from the release bundle on Windows: needs only Java 17 or newer (JAVA_HOME or java on the PATH).
setlocal
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java.exe"
"%JAVA%" -version >nul 2>nul
if errorlevel 1 (
  echo sci4j: Java 17 or newer is needed: install it ^(e.g. Eclipse Temurin^) or set JAVA_HOME 1>&2
  exit /b 2
)
"%JAVA%" -jar "%~dp0lib\sci4j.jar" %*
exit /b %ERRORLEVEL%
