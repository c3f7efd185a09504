package io.newsfacts.spark;

import io.newsfacts.annotate.PipelineConfig;
import io.newsfacts.testing.SharedPipeline;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The test JVM's one Spark context, local[2], offline: no UI, bound to the loopback address. Its
 * executor is this JVM, which already holds {@link SharedPipeline}'s models: the job is handed
 * that pipeline so the models never load twice.
 */
final class LocalSpark {

  private LocalSpark() {}

  private static final class Holder {
    static final JavaSparkContext INSTANCE = start();
  }

  static JavaSparkContext get() {
    return Holder.INSTANCE;
  }

  private static JavaSparkContext start() {
    ExecutorPipeline.use(PipelineConfig.defaults(), SharedPipeline.get());
    SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("newsfacts-test")
        .set("spark.ui.enabled", "false")
        .set("spark.driver.bindAddress", "127.0.0.1")
        .set("spark.driver.host", "127.0.0.1");
    JavaSparkContext spark = new JavaSparkContext(conf);
    Runtime.getRuntime().addShutdownHook(new Thread(spark::stop));
    return spark;
  }
}
