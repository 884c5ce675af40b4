#!/usr/bin/env bash
# Records the public API baseline the compatibility check (japicmp, in mvn verify) compares against: the main jar of
# every published module with a Java API. Run it on the commit of a release (docs/versioning.md), then commit api-baseline/.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests -Djapicmp.skip -Dmaven.javadoc.skip -Dmaven.source.skip -Dspotbugs.skip package \
  -pl domain,application,testkit,adapter-crypto,sandbox,adapter-http,adapter-persistence-jdbc,adapter-micrometer,spring-boot-starter -am
version=$(sed -n 's:.*<revision>\(.*\)</revision>.*:\1:p' pom.xml)
rm -f api-baseline/*.jar
for jar in */target/oxlin-kit-*-"$version".jar; do
  case "$jar" in *-tests.jar|architecture-tests/*|domain-tests/*|bench/*|cli/*|examples/*) continue ;; esac
  name=$(basename "$jar" "-$version.jar")
  cp "$jar" "api-baseline/$name.jar"
done
echo "$version" > api-baseline/VERSION
ls api-baseline
