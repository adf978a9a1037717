# itagen in a container, for servers and batch runs:
#   docker build -t itagen .
#   docker run --rm -v "$PWD:/data" itagen batch --scores all.csv --measures-dir measures --out out
#   docker run --rm -v "$PWD:/data" itagen o25 --scores scores.csv --measures measures.yaml --out out
# Files are read and written under /data (the mounted folder). Not built in the project's own CI
# (no Docker daemon there); kept small and standard. See docs/release.md.

# Build stage: the project's own Maven build. No npm here, so the build leaves the bundled Sarabun
# font out (one line says so); the runtime image has Thai fonts installed instead.
FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /src
COPY pom.xml ./
COPY src src
COPY templates templates
COPY samples samples
RUN mvn -B -ntp -DskipTests package

# Runtime: a JRE, the jar, and Thai fonts (Laksaman, TLWG's Sarabun-compatible face, and others).
FROM eclipse-temurin:25-jre
RUN apt-get update \
    && apt-get install -y --no-install-recommends fonts-thai-tlwg \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/target/itagen.jar /opt/itagen/itagen.jar
ENV LANG=C.UTF-8
WORKDIR /data
# The batch settings of the launchers (throughput, capped heap); JAVA_TOOL_OPTIONS adds more.
ENTRYPOINT ["java", "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", \
            "-Dstderr.encoding=UTF-8", "-XX:+UseParallelGC", "-Xmx256m", "-jar", "/opt/itagen/itagen.jar"]
CMD ["--help"]
