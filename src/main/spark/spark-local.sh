#!/usr/bin/env bash
# A local Spark standalone cluster (one Master, one Worker, loopback only) from Maven Central's
# jars, and the NewsFacts job submitted to it through SparkSubmit, as on a real cluster.
#
#   src/main/spark/spark-local.sh runtime      # Spark's jars -> target/spark-3.5.7 (SPARK_HOME)
#   src/main/spark/spark-local.sh start        # Master on 127.0.0.1:7077, a Worker with 2 cores
#   src/main/spark/spark-local.sh submit --input file://$PWD/corpus --output file://$PWD/spark-out
#   src/main/spark/spark-local.sh stop
#
# Run from the repository root after `mvn -Pspark-job package -DskipTests`. Settings (environment):
#   SPARK_MASTER_PORT (7077)  SPARK_WORKER_CORES (2)  SPARK_WORKER_MEMORY (4g)
#   EXECUTOR_MEMORY (1g)  EXECUTOR_CORES (2)  EXECUTOR_JAVA_OPTIONS (-XX:+UseSerialGC)  DRIVER_MEMORY (1g)
#   JOB_JAR (target/newsfacts-spark-job.jar; every executor copies it into the worker's work folder)
#   SHARED_CLASSPATH (a jar already on every node, put on the driver's and executors' class path:
#     with the job jar there, JOB_JAR=target/newsfacts.jar ships only NewsFacts's own classes)
#   SPARK_EXTRA_CONF ("--conf k=v ..." passed on to SparkSubmit; values without spaces)
set -euo pipefail

SPARK_VERSION=3.5.7
export SPARK_HOME="${SPARK_HOME:-$PWD/target/spark-$SPARK_VERSION}"
# Without it the worker's launcher looks for a source build ("Cannot find any build directories").
export SPARK_SCALA_VERSION=2.12
# Every socket and web UI of Master, Worker, driver and executors binds to loopback only.
export SPARK_LOCAL_IP=127.0.0.1
STATE="${SPARK_LOCAL_STATE:-$PWD/target/spark-local}"
MASTER_PORT="${SPARK_MASTER_PORT:-7077}"
MASTER="spark://127.0.0.1:$MASTER_PORT"
JOB_JAR="${JOB_JAR:-$PWD/target/newsfacts-spark-job.jar}"

# What Spark 3.5 needs opened on Java 17. spark-submit's shell launcher adds these to the driver's
# JVM, plain `java` does not: the driver here gets them from this list. Executors get Spark's own
# list from the driver (SparkContext adds it to spark.executor.defaultJavaOptions).
OPENS="--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED\
 --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED\
 --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED\
 --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED\
 --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED\
 --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED\
 --add-opens=java.base/sun.util.calendar=ALL-UNNAMED"

spark_java() {  # java with Spark's jars: Master, Worker, SparkSubmit. exec: a background call's
  # $! is then the JVM's own pid (not a subshell's), which `stop` kills.
  exec java -cp "${DRIVER_CLASSPATH:+$DRIVER_CLASSPATH:}$SPARK_HOME/jars/*" -XX:+UseSerialGC "$@"
}

need_runtime() {
  [[ -f "$SPARK_HOME/RELEASE" ]] || { echo "no Spark runtime in $SPARK_HOME: run '$0 runtime'" >&2; exit 1; }
}

case "${1:-}" in
  runtime)
    mvn -q -B -f src/main/spark/runtime/pom.xml package
    echo "Spark $SPARK_VERSION: $(ls "$SPARK_HOME/jars" | wc -l) jars in $SPARK_HOME/jars"
    ;;
  start)
    need_runtime
    if [[ -f "$STATE/master.pid" ]] && kill -0 "$(cat "$STATE/master.pid")" 2>/dev/null; then
      echo "already running (master pid $(cat "$STATE/master.pid")): '$0 stop' first" >&2; exit 1
    fi
    mkdir -p "$STATE/work"
    spark_java -Xmx512m org.apache.spark.deploy.master.Master \
      --host 127.0.0.1 --port "$MASTER_PORT" --webui-port "${SPARK_MASTER_WEBUI_PORT:-8080}" \
      > "$STATE/master.log" 2>&1 &
    echo $! > "$STATE/master.pid"
    for _ in $(seq 60); do grep -q 'I have been elected leader' "$STATE/master.log" && break; sleep 1; done
    # Worker cleanup: the folders of finished applications (each holds a copy of the job jar) are
    # removed every interval once older than the TTL; defaults here suit a test run, not a cluster.
    spark_java -Xmx512m \
      -Dspark.worker.cleanup.enabled=true \
      -Dspark.worker.cleanup.interval="${SPARK_WORKER_CLEANUP_INTERVAL:-60}" \
      -Dspark.worker.cleanup.appDataTtl="${SPARK_WORKER_CLEANUP_TTL:-60}" \
      org.apache.spark.deploy.worker.Worker "$MASTER" --host 127.0.0.1 \
      --cores "${SPARK_WORKER_CORES:-2}" --memory "${SPARK_WORKER_MEMORY:-4g}" \
      --webui-port "${SPARK_WORKER_WEBUI_PORT:-8081}" --work-dir "$STATE/work" \
      > "$STATE/worker.log" 2>&1 &
    echo $! > "$STATE/worker.pid"
    for _ in $(seq 60); do grep -q 'Successfully registered with master' "$STATE/worker.log" && break; sleep 1; done
    grep -q 'Successfully registered with master' "$STATE/worker.log" \
      || { echo "worker did not register; see $STATE/worker.log" >&2; exit 1; }
    echo "master $MASTER (web UI http://127.0.0.1:${SPARK_MASTER_WEBUI_PORT:-8080}), worker registered; logs in $STATE"
    ;;
  submit)
    need_runtime
    shift
    # Client mode: this JVM is the driver, so it gets the opens, memory and class path itself.
    shared=()
    if [[ -n "${SHARED_CLASSPATH:-}" ]]; then
      export DRIVER_CLASSPATH="$SHARED_CLASSPATH"
      shared=(--conf "spark.executor.extraClassPath=$SHARED_CLASSPATH")
    fi
    # shellcheck disable=SC2086
    spark_java -Xmx"${DRIVER_MEMORY:-1g}" $OPENS org.apache.spark.deploy.SparkSubmit \
      --master "$MASTER" --deploy-mode client \
      --class io.newsfacts.spark.SparkJob \
      --executor-memory "${EXECUTOR_MEMORY:-1g}" \
      --executor-cores "${EXECUTOR_CORES:-2}" \
      --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 \
      --conf spark.ui.enabled=false \
      --conf "spark.executor.extraJavaOptions=${EXECUTOR_JAVA_OPTIONS:--XX:+UseSerialGC}" \
      "${shared[@]}" ${SPARK_EXTRA_CONF:-} \
      "$JOB_JAR" "$@"
    ;;
  stop)
    for role in worker master; do
      if [[ -f "$STATE/$role.pid" ]]; then
        pid="$(cat "$STATE/$role.pid")"
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
        rm -f "$STATE/$role.pid"
      fi
    done
    echo "stopped"
    ;;
  *)
    sed -n '2,15p' "$0" >&2
    exit 2
    ;;
esac
