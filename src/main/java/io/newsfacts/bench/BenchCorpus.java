package io.newsfacts.bench;

import io.newsfacts.annotate.PlainCoreNlpBatch;
import io.newsfacts.eval.GoldDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The corpus both systems read: each article as {@code <name>.txt}; for NewsFacts its date in
 * {@code <name>.meta.json}; for plain CoreNLP the list of the same {@code .txt} files and a date
 * mapping file (file name, tab, date).
 *
 * @param texts the folder NewsFacts reads
 * @param fileList plain CoreNLP's {@code -filelist}
 * @param dateMapping plain CoreNLP's {@code ner.docdate.useMappingFile}
 * @param articles how many articles, copies included
 */
record BenchCorpus(Path texts, Path fileList, Path dateMapping, int articles) {

  /** Writes {@code documents}, each {@code replicate} times, under {@code dir} (emptied first). */
  static BenchCorpus write(List<GoldDocument> documents, int replicate, Path dir)
      throws IOException {
    Path texts = dir.resolve("texts");
    Files.createDirectories(texts);
    List<String> fileList = new ArrayList<>();
    List<String> dates = new ArrayList<>();
    for (int copy = 0; copy < replicate; copy++) {
      for (GoldDocument doc : documents) {
        String name = Replicas.name(doc.id(), copy);
        Path text = texts.resolve(name + ".txt");
        Files.writeString(text, doc.text(), StandardCharsets.UTF_8);
        fileList.add(text.toAbsolutePath().toString());
        if (doc.publishedDate() != null) {
          Files.writeString(texts.resolve(name + ".meta.json"),
              "{\"publishedDate\": \"" + doc.publishedDate() + "\"}\n", StandardCharsets.UTF_8);
          dates.add(PlainCoreNlpBatch.dateMappingLine(text.getFileName().toString(),
              doc.publishedDate()));
        }
      }
    }
    Path listFile = dir.resolve("filelist.txt");
    Path mapping = dir.resolve("docdates.tsv");
    Files.write(listFile, fileList, StandardCharsets.UTF_8);
    Files.write(mapping, dates, StandardCharsets.UTF_8);
    return new BenchCorpus(texts, listFile, mapping,
        Replicas.size(documents.size(), replicate));
  }
}
