package io.newsfacts.annotate;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;

/**
 * Plain CoreNLP's own command-line batch ({@code StanfordCoreNLP -filelist}), configured to produce
 * the facts NewsFacts produces: the documented quote pipeline of {@link BaselinePipeline} plus each
 * file's document date. The benchmark runs it as a subprocess; its CoreNLP property names stay here.
 */
public final class PlainCoreNlpBatch {

  /** The class {@code java} runs. */
  public static final String MAIN_CLASS = StanfordCoreNLP.class.getName();

  private PlainCoreNlpBatch() {}

  /**
   * The properties file's content. CoreNLP's batch sets each document's id to its file name, and
   * the NER annotator's own DocDateAnnotator ({@code ner.docdate.*}) looks that name up in a
   * tab-separated mapping file: the per-file dates SUTime resolves against.
   */
  public static Properties properties(Path dateMapping) {
    Properties p = BaselinePipeline.properties(BaselinePipeline.Task.QUOTES);
    p.setProperty("ner.docdate.useMappingFile", dateMapping.toAbsolutePath().toString());
    return p;
  }

  /** One line of the date mapping file: the input file's name, a tab, the date. */
  public static String dateMappingLine(String fileName, LocalDate date) {
    return fileName + "\t" + date;
  }

  /** The arguments after the main class. */
  public static List<String> arguments(Path propertiesFile, Path fileList, int threads,
      Path outputDir) {
    return List.of("-props", propertiesFile.toAbsolutePath().toString(),
        "-filelist", fileList.toAbsolutePath().toString(),
        "-threads", Integer.toString(threads),
        "-outputFormat", "json",
        "-outputDirectory", outputDir.toAbsolutePath().toString());
  }
}
