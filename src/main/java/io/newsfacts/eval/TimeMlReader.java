package io.newsfacts.eval;

import io.newsfacts.model.TimexType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads TimeML ({@code *.tml}, as in TempEval-3's TBAQ-cleaned) with StAX. The article text is the
 * character content of {@code <TEXT>} with every tag removed (entities decoded); gold dates are the
 * {@code <TIMEX3>} elements inside {@code <TEXT>} only (the DCT's TIMEX3 is the publication date,
 * not a gold mention). Offsets are code points into that text.
 */
public final class TimeMlReader {

  private TimeMlReader() {}

  /** Every {@code *.tml} file of a folder, sorted by name. */
  public static List<GoldDocument> readFolder(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      List<GoldDocument> docs = new ArrayList<>();
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".tml")).sorted()
          .toList()) {
        docs.add(read(f));
      }
      return docs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static GoldDocument read(Path file) {
    String fallbackId = file.getFileName().toString().replaceFirst("\\.tml$", "");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, fallbackId);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (XMLStreamException | RuntimeException e) {
      throw new IllegalArgumentException(file + ": not valid TimeML: " + e.getMessage(), e);
    }
  }

  /** Parses one TimeML document; {@code fallbackId} names it when it has no {@code <DOCID>}. */
  public static GoldDocument read(InputStream in, String fallbackId) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XMLStreamReader xml = factory.createXMLStreamReader(in);

    StringBuilder text = new StringBuilder();
    int codePoints = 0;
    StringBuilder docId = null;
    String id = null;
    LocalDate dct = null;
    boolean inText = false;
    boolean inDct = false;
    List<GoldDate> dates = new ArrayList<>();
    // The open TIMEX3 inside <TEXT>: its start (code points, chars) and attributes.
    int timexStart = -1;
    int timexCharStart = -1;
    String timexType = null;
    String timexValue = null;

    while (xml.hasNext()) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          String name = xml.getLocalName();
          if (name.equals("TEXT")) {
            inText = true;
          } else if (name.equals("DCT")) {
            inDct = true;
          } else if (name.equals("DOCID")) {
            docId = new StringBuilder();
          } else if (name.equals("TIMEX3") && inDct && dct == null) {
            dct = parseDate(xml.getAttributeValue(null, "value"));
          } else if (name.equals("TIMEX3") && inText) {
            if (timexStart >= 0) {
              throw new IllegalArgumentException("nested TIMEX3 at line "
                  + xml.getLocation().getLineNumber());
            }
            timexStart = codePoints;
            timexCharStart = text.length();
            timexType = xml.getAttributeValue(null, "type");
            timexValue = xml.getAttributeValue(null, "value");
          }
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA,
            XMLStreamConstants.SPACE -> {
          String chars = xml.getText();
          if (inText) {
            text.append(chars);
            codePoints += chars.codePointCount(0, chars.length());
          } else if (docId != null && id == null) {
            docId.append(chars);
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          String name = xml.getLocalName();
          if (name.equals("TEXT")) {
            inText = false;
          } else if (name.equals("DCT")) {
            inDct = false;
          } else if (name.equals("DOCID") && docId != null) {
            id = docId.toString().strip();
          } else if (name.equals("TIMEX3") && inText && timexStart >= 0) {
            String mention = text.substring(timexCharStart);
            // Non-consuming TIMEX3s (empty text) are not mentions; TempEval-3 skips them too.
            if (!mention.isBlank()) {
              dates.add(new GoldDate(mention, timexStart, codePoints, parseType(timexType),
                  timexValue));
            }
            timexStart = -1;
          }
        }
        default -> { }
      }
    }
    xml.close();
    return new GoldDocument(id == null || id.isEmpty() ? fallbackId : id, text.toString(), dct,
        dates, List.of(), List.of());
  }

  private static TimexType parseType(String type) {
    if (type == null) {
      return null;
    }
    try {
      return TimexType.valueOf(type.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The calendar day of a DCT value such as {@code 1998-01-08} or {@code 1998-01-08T12:00}. */
  static LocalDate parseDate(String value) {
    if (value == null || value.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(value.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
