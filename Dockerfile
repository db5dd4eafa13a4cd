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
COPY app/src/ app/src/
# The embedded PostgreSQL (zonky) stays out of the image: it always uses an external database.
RUN ./mvnw -B -ntp -pl app -am package -DskipTests -Dspotless.check.skip=true \
      "-Dwar.excludes=WEB-INF/lib/embedded-postgres*.jar" \
 && ./mvnw -B -ntp dependency:copy -Dartifact=org.postgresql:postgresql:42.7.14 \
      -DoutputDirectory=/src/jdbc -Dmdep.stripVersion=true

FROM icr.io/appcafe/open-liberty:kernel-slim-java17-openj9-ubi-minimal
COPY --chown=1001:0 liberty/server.xml liberty/jvm.options /config/
# Installs exactly the features server.xml names.
RUN features.sh
COPY --chown=1001:0 --from=build /src/jdbc/postgresql.jar /opt/ol/wlp/usr/shared/resources/jdbc/postgresql.jar
COPY --chown=1001:0 --from=build /src/app/target/atrium.war /config/dropins/atrium.war
ENV DB_EMBEDDED=false \
    DB_PORT=5432 \
    ATRIUM_DATA_DIR=/opt/ol/wlp/output/defaultServer/atrium
USER 1001
# Warms the shared class cache and generates the server's keystore at build time.
RUN configure.sh
EXPOSE 9080 9443
