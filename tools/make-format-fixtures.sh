#!/usr/bin/env bash
# Rebuilds src/test/resources/formats from the samples in corpus/ (see the README there). Needs LibreOffice
# (Debian: apt-get install libreoffice-writer-nogui fonts-wqy-microhei); CI does not run this, it uses the
# committed files.
set -euo pipefail
cd "$(dirname "$0")/.."
out=src/test/resources/formats
mvn -B -ntp -q -DskipTests test-compile
mvn -B -ntp -q dependency:build-classpath -Dmdep.outputFile=target/fixture-classpath.txt
java -cp "target/test-classes:target/classes:$(cat target/fixture-classpath.txt)" org.policykg.read.FormatFixtureBuilder "$out"
profile=$(mktemp -d)
(cd "$out" && soffice --headless --norestore -env:UserInstallation=file://"$profile" --convert-to pdf *.docx \
  && soffice --headless --norestore -env:UserInstallation=file://"$profile" --convert-to doc:"MS Word 97" *.docx)
rm -rf "$profile"
cp corpus/*.meta.properties "$out"/
