package io.newsfacts.eval;

import de.unihd.dbs.heideltime.standalone.Config;
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.components.impl.JCasFactoryImpl;
import de.unihd.dbs.heideltime.standalone.components.impl.UimaContextImpl;
import de.unihd.dbs.uima.annotator.heideltime.HeidelTime;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import de.unihd.dbs.uima.types.heideltime.Dct;
import de.unihd.dbs.uima.types.heideltime.Sentence;
import de.unihd.dbs.uima.types.heideltime.Timex3;
import de.unihd.dbs.uima.types.heideltime.Token;
import io.newsfacts.extract.DateTokens.PosToken;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.FSIterator;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.XMLInputSource;

/**
 * HeidelTime 2.2.1's own annotator (English, news), fed tokens, sentences and part-of-speech tags
 * from outside through its UIMA types. This skips its standalone front end, whose Stanford-tagger
 * wrapper no longer runs on CoreNLP 4.5 (it asks the tokenizer for an option CoreNLP now refuses),
 * so every system in the evaluation sees the same CoreNLP tokens. Not thread-safe; one document at
 * a time.
 */
final class HeidelTimeTagger {

  /** One TIMEX3 as HeidelTime writes it, in UTF-16 offsets. */
  record Timex(int begin, int end, String type, String value) {}

  private static final DateTimeFormatter DCT = DateTimeFormatter.BASIC_ISO_DATE;
  /**
   * UIMA warns through java.util.logging that the JDK's XML transformer ignores one of its
   * settings, on every start; held here so the level stays set.
   */
  private static final java.util.logging.Logger UIMA_LOG =
      java.util.logging.Logger.getLogger("org.apache.uima");

  static {
    UIMA_LOG.setLevel(java.util.logging.Level.SEVERE);
  }

  private final HeidelTime annotator = new HeidelTime();
  private final JCas jcas;

  HeidelTimeTagger() {
    try {
      synchronized (Config.class) {
        if (!Config.isInitialized()) {
          Config.setProps(config());
        }
      }
      annotator.initialize(new UimaContextImpl(Language.ENGLISH, DocumentType.NEWS, false));
      TypeSystemDescription types = UIMAFramework.getXMLParser().parseTypeSystemDescription(
          new XMLInputSource(HeidelTime.class.getClassLoader()
              .getResource(Config.get(Config.TYPESYSTEMHOME))));
      jcas = new JCasFactoryImpl(new TypeSystemDescription[] {types}).createJCas();
    } catch (Exception e) {
      throw new IllegalStateException("HeidelTime could not start: " + e.getMessage(), e);
    }
  }

  /** HeidelTime's standalone settings (its conf/config.props) for tagging with given tokens. */
  private static Properties config() {
    Properties p = new Properties();
    p.setProperty(Config.CONSIDER_DATE, "true");
    p.setProperty(Config.CONSIDER_DURATION, "true");
    p.setProperty(Config.CONSIDER_SET, "true");
    p.setProperty(Config.CONSIDER_TIME, "true");
    p.setProperty(Config.CONSIDER_TEMPONYM, "false");
    p.setProperty(Config.TYPESYSTEMHOME, "desc/type/HeidelTime_TypeSystem.xml");
    p.setProperty(Config.UIMAVAR_DATE, "Date");
    p.setProperty(Config.UIMAVAR_DURATION, "Duration");
    p.setProperty(Config.UIMAVAR_LANGUAGE, "Language");
    p.setProperty(Config.UIMAVAR_SET, "Set");
    p.setProperty(Config.UIMAVAR_TIME, "Time");
    p.setProperty(Config.UIMAVAR_TEMPONYM, "Temponym");
    p.setProperty(Config.UIMAVAR_TYPETOPROCESS, "Type");
    return p;
  }

  /**
   * The TIMEX3s HeidelTime finds in a text, outermost only, in text order.
   *
   * @param published the document creation time; without one HeidelTime reads the text as a
   *     narrative (relative dates anchor on the last date mentioned)
   */
  List<Timex> tag(String text, LocalDate published, List<PosToken> tokens) {
    jcas.reset();
    jcas.setDocumentText(text);
    if (published != null) {
      Dct dct = new Dct(jcas);
      dct.setValue(published.format(DCT));
      dct.addToIndexes();
    }
    int sentence = -1;
    int sentenceBegin = 0;
    int sentenceEnd = 0;
    int id = 0;
    for (PosToken t : tokens) {
      if (t.sentence() != sentence) {
        addSentence(sentence, sentenceBegin, sentenceEnd);
        sentence = t.sentence();
        sentenceBegin = t.begin();
      }
      sentenceEnd = t.end();
      Token token = new Token(jcas, t.begin(), t.end());
      token.setTokenId(++id);
      token.setSentId(t.sentence());
      token.setPos(t.pos());
      token.addToIndexes();
    }
    addSentence(sentence, sentenceBegin, sentenceEnd);
    annotator.process(jcas);
    List<Timex> found = new ArrayList<>();
    FSIterator<?> it = jcas.getAnnotationIndex(Timex3.type).iterator();
    while (it.hasNext()) {
      Timex3 t = (Timex3) it.next();
      found.add(new Timex(t.getBegin(), t.getEnd(), t.getTimexType(), t.getTimexValue()));
    }
    found.sort(Comparator.comparingInt(Timex::begin)
        .thenComparing(Comparator.comparingInt(Timex::end).reversed()));
    List<Timex> outermost = new ArrayList<>();
    for (Timex t : found) {
      if (outermost.isEmpty() || t.begin() >= outermost.get(outermost.size() - 1).end()) {
        outermost.add(t);
      }
    }
    return outermost;
  }

  private void addSentence(int index, int begin, int end) {
    if (index < 0) {
      return;
    }
    Sentence s = new Sentence(jcas, begin, end);
    s.setSentenceId(index);
    s.addToIndexes();
  }
}
