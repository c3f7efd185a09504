package io.newsfacts.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a file line by line as raw bytes, keeping at most {@code maxBytes} of any line: a JSONL file
 * may hold 100k articles, or one runaway line, and neither may be held in memory whole. Bytes rather
 * than a Reader so that each line can be hashed and strictly decoded on its own.
 */
final class BoundedLineReader implements Closeable {

  /** One line without its terminator; {@code bytes} is null when it was longer than the limit. */
  record Line(int number, byte[] bytes, long length) {
    boolean tooLong() {
      return bytes == null;
    }
  }

  private final InputStream in;
  private final long maxBytes;
  private int lineNumber;
  private boolean atEnd;

  BoundedLineReader(InputStream in, long maxBytes) {
    this.in = new BufferedInputStream(in, 64 * 1024);
    this.maxBytes = maxBytes;
  }

  /** The next line, or null at the end of the file. */
  Line next() throws IOException {
    if (atEnd) {
      return null;
    }
    ByteArrayOutputStream kept = new ByteArrayOutputStream();
    long length = 0;
    int b;
    while ((b = in.read()) != -1 && b != '\n') {
      length++;
      if (length <= maxBytes + 1) { // one byte of slack for a CR before the LF
        kept.write(b);
      }
    }
    if (b == -1) {
      atEnd = true;
      if (length == 0) {
        return null;
      }
    }
    lineNumber++;
    byte[] bytes = kept.toByteArray();
    if (length > 0 && length == bytes.length && bytes[bytes.length - 1] == '\r') {
      length--;
      bytes = java.util.Arrays.copyOf(bytes, bytes.length - 1);
    }
    if (lineNumber == 1 && Utf8Decoder.hasUtf8Bom(bytes)) {
      length -= 3;
      bytes = java.util.Arrays.copyOfRange(bytes, 3, bytes.length);
    }
    return new Line(lineNumber, length > maxBytes ? null : bytes, length);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
