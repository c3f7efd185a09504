package io.newsfacts.spark;

import io.newsfacts.ingest.ArticleSources;
import io.newsfacts.ingest.IngestOptions;
import io.newsfacts.ingest.IngestResult;
import io.newsfacts.model.ArticleFailure;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.util.TaskCompletionListener;

/** Reads one listed file on an executor, through ingest's own code, into corpus-ordered results. */
final class FileIngest {

  private FileIngest() {}

  /**
   * The file's results, lazily: a JSONL file is read line by line, never whole. The file is closed
   * at its end or when the task ends, whichever comes first.
   */
  static Iterator<Ingested> read(ListedFile file, String root, String rootName, HadoopConf conf,
      long maxBytes) throws IOException {
    if (file.failed()) {
      String display = rootName.isEmpty() ? file.relative() : rootName + "/" + file.relative();
      return List.of(Ingested.failed(new OrderKey(file.index(), 0),
          new ArticleFailure(null, display, file.failureReason()))).iterator();
    }
    Path rootPath = new Path(root);
    FileSystem fs = rootPath.getFileSystem(conf.get());
    ArticleSources.Corpus corpus =
        relative -> new HadoopFileSource(fs, new Path(rootPath, new Path(null, null, relative)));
    Stream<IngestResult> results =
        ArticleSources.read(rootName, file.relative(), corpus, new IngestOptions(maxBytes));
    TaskContext task = TaskContext.get();
    if (task != null) {
      task.addTaskCompletionListener((TaskCompletionListener) context -> results.close());
    }
    Iterator<IngestResult> each = results.iterator();
    return new Iterator<>() {
      private int line;

      @Override
      public boolean hasNext() {
        boolean more = each.hasNext();
        if (!more) {
          results.close();
        }
        return more;
      }

      @Override
      public Ingested next() {
        return Ingested.of(new OrderKey(file.index(), line++), each.next());
      }
    };
  }
}
