package io.newsfacts.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads CoNLL-2003 column files: one token a line ({@code token POS chunk NER}, the NER tag last),
 * a blank line after each sentence, {@code -DOCSTART-} before each document. Each document's text
 * is rebuilt with tokens joined by single spaces, one sentence a line and a blank line between
 * sentences (so a sentence splitter that breaks on blank lines keeps CoNLL's sentences); gold
 * entities are the chunks of the BIO tags (IOB1 or IOB2) as conlleval reads them, with code-point
 * offsets into that text. CoNLL carries no dates, so documents have no publication date.
 */
public final class ConllReader {

  private static final String DOCSTART = "-DOCSTART-";

  private ConllReader() {}

  /** A file, or every {@code *.txt}/{@code *.conll} file of a folder (sorted by name). */
  public static List<GoldDocument> read(Path fileOrFolder) {
    try {
      if (!Files.isDirectory(fileOrFolder)) {
        return read(Files.readString(fileOrFolder, StandardCharsets.UTF_8), stem(fileOrFolder));
      }
      List<GoldDocument> docs = new ArrayList<>();
      try (Stream<Path> files = Files.list(fileOrFolder)) {
        for (Path f : files.filter(ConllReader::isConllFile).sorted().toList()) {
          docs.addAll(read(Files.readString(f, StandardCharsets.UTF_8), stem(f)));
        }
      }
      return docs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isConllFile(Path p) {
    String n = p.getFileName().toString();
    return Files.isRegularFile(p) && (n.endsWith(".txt") || n.endsWith(".conll"))
        && !n.equalsIgnoreCase("SOURCE.txt");
  }

  static String stem(Path p) {
    return p.getFileName().toString().replaceFirst("\\.[^.]+$", "");
  }

  /** Parses CoNLL text; documents are named {@code <prefix>-<n>} (n from 1, three digits). */
  public static List<GoldDocument> read(String content, String prefix) {
    List<GoldDocument> docs = new ArrayList<>();
    List<List<String[]>> sentences = new ArrayList<>();
    List<String[]> sentence = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(new StringReader(content))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
          if (!sentence.isEmpty()) {
            sentences.add(sentence);
            sentence = new ArrayList<>();
          }
        } else if (trimmed.startsWith(DOCSTART)) {
          if (!sentence.isEmpty()) {
            sentences.add(sentence);
            sentence = new ArrayList<>();
          }
          if (!sentences.isEmpty()) {
            docs.add(document(prefix, docs.size() + 1, sentences));
            sentences = new ArrayList<>();
          }
        } else {
          String[] cols = trimmed.split("\\s+");
          sentence.add(new String[] {cols[0], cols.length > 1 ? cols[cols.length - 1] : "O"});
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!sentence.isEmpty()) {
      sentences.add(sentence);
    }
    if (!sentences.isEmpty()) {
      docs.add(document(prefix, docs.size() + 1, sentences));
    }
    return docs;
  }

  private static GoldDocument document(String prefix, int n, List<List<String[]>> sentences) {
    StringBuilder text = new StringBuilder();
    int cp = 0;
    List<GoldEntity> entities = new ArrayList<>();
    for (List<String[]> s : sentences) {
      if (text.length() > 0) {
        text.append("\n\n");
        cp += 2;
      }
      String prevTag = "O";
      String chunkType = null;
      int chunkStart = -1;
      int chunkCharStart = -1;
      int prevEnd = -1;
      int prevCharEnd = -1;
      for (int i = 0; i < s.size(); i++) {
        String token = s.get(i)[0];
        String tag = s.get(i)[1];
        if (i > 0) {
          text.append(' ');
          cp++;
        }
        if (chunkType != null && endOfChunk(prevTag, tag)) {
          entities.add(new GoldEntity(text.substring(chunkCharStart, prevCharEnd), chunkStart,
              prevEnd, chunkType));
          chunkType = null;
        }
        int start = cp;
        int charStart = text.length();
        text.append(token);
        cp += token.codePointCount(0, token.length());
        if (startOfChunk(prevTag, tag)) {
          chunkType = type(tag);
          chunkStart = start;
          chunkCharStart = charStart;
        }
        prevTag = tag;
        prevEnd = cp;
        prevCharEnd = text.length();
      }
      if (chunkType != null) {
        entities.add(new GoldEntity(text.substring(chunkCharStart, prevCharEnd), chunkStart,
            prevEnd, chunkType));
      }
    }
    return new GoldDocument(String.format("%s-%03d", prefix, n), text.toString(), null,
        List.of(), entities, List.of());
  }

  private static String prefix(String tag) {
    int dash = tag.indexOf('-');
    return dash < 0 ? tag : tag.substring(0, dash);
  }

  private static String type(String tag) {
    int dash = tag.indexOf('-');
    return dash < 0 ? "" : tag.substring(dash + 1);
  }

  /** conlleval's endOfChunk for BIO tags: the chunk before {@code tag} ends here. */
  static boolean endOfChunk(String prevTag, String tag) {
    String p = prefix(prevTag);
    String c = prefix(tag);
    if (p.equals("O")) {
      return false;
    }
    return c.equals("O") || c.equals("B") || !type(prevTag).equals(type(tag));
  }

  /** conlleval's startOfChunk for BIO tags: a chunk starts at {@code tag}. */
  static boolean startOfChunk(String prevTag, String tag) {
    String p = prefix(prevTag);
    String c = prefix(tag);
    if (c.equals("O")) {
      return false;
    }
    return c.equals("B") || p.equals("O") || !type(prevTag).equals(type(tag));
  }
}
