# Atrium as an image: built with Maven, run on Open Liberty (kernel-slim plus only the features that
# liberty/server.xml lists) against an external PostgreSQL, as the image's non-root user 1001.
# Not built in this repository's CI (no Docker engine there); see README.md.
#
#   docker build -t atrium .
#   docker run -p 9080:9080 -e DB_HOST=db.example -e DB_PORT=5432 -e DB_PASSWORD=... \
#     -e DB_OWNER_PASSWORD=... atrium

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY app/pom.xml app/
COPY liberty/ liberty/
# The demo operators' manifests are resources of the WAR (app/pom.xml): without them
# DEMO_TENANTS=true finds no manifest to import.
COPY tenants/ tenants/
COPY app/src/ app/src/
# The embedded PostgreSQL (zonky) stays out of the image: it always uses an external database.
# The driver is the app's provided dependency, so its version is the pom's postgresql.version
# and is written nowhere else.
RUN ./mvnw -B -ntp -pl app -am package -DskipTests -Dspotless.check.skip=true \
      "-Dwar.excludes=WEB-INF/lib/embedded-postgres*.jar" \
 && ./mvnw -B -ntp -pl app dependency:copy-dependencies -DincludeScope=provided \
      -DincludeGroupIds=org.postgresql -DincludeArtifactIds=postgresql \
      -DoutputDirectory=/src/jdbc -Dmdep.stripVersion=true \
 && test -f /src/jdbc/postgresql.jar \
 && ./mvnw -B -ntp -pl app dependency:copy-dependencies -DincludeScope=provided \
      -DincludeGroupIds=com.hazelcast -DincludeArtifactIds=hazelcast -DexcludeTransitive=true \
      -DoutputDirectory=/src/hazelcast -Dmdep.stripVersion=true \
 && test -f /src/hazelcast/hazelcast.jar

FROM icr.io/appcafe/open-liberty:kernel-slim-java17-openj9-ubi-minimal
COPY --chown=1001:0 liberty/server.xml liberty/jvm.options /config/
COPY --chown=1001:0 liberty/cluster/ /config/cluster/
# Installs exactly the features server.xml names, and sessionCache-1.0 of the optional include
# (CLUSTER=on), which features.sh does not read.
RUN features.sh && featureUtility installFeature sessionCache-1.0
# CLUSTER_* become the Hazelcast member's system properties (README "Running more than one server").
COPY --chown=1001:0 liberty/cluster/server.env /opt/ol/wlp/usr/shared/server.env
COPY --chown=1001:0 --from=build /src/hazelcast/hazelcast.jar /opt/ol/wlp/usr/shared/resources/hazelcast/hazelcast.jar
COPY --chown=1001:0 --from=build /src/jdbc/postgresql.jar /opt/ol/wlp/usr/shared/resources/jdbc/postgresql.jar
COPY --chown=1001:0 --from=build /src/app/target/atrium.war /config/dropins/atrium.war
ENV DB_EMBEDDED=false \
    DB_PORT=5432 \
    ATRIUM_DATA_DIR=/opt/ol/wlp/output/defaultServer/atrium
USER 1001
# Warms the shared class cache. Its trial start also writes a TLS keystore, which is removed: a
# private key in an image layer is shared by every container and readable by anyone who pulls it.
# Each container generates its own at first start, with the password of the keystore_password
# environment variable; mount a real one at /opt/ol/wlp/output/defaultServer/resources/security/
# or terminate TLS in front.
RUN configure.sh \
 && rm -rf /opt/ol/wlp/output/defaultServer/resources/security \
           /config/resources/security /config/configDropins/defaults/keystore.xml
EXPOSE 9080 9443
