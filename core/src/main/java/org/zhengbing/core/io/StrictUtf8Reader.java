package org.zhengbing.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes UTF-8 strictly: a malformed or unmappable byte sequence throws {@link MalformedFileException} naming the
 * file, the line it is on and the byte, instead of becoming U+FFFD. Counts the lines of everything decoded so far.
 */
final class StrictUtf8Reader extends Reader {

  private final InputStream in;
  private final String file;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
  private final CharBuffer chars = CharBuffer.allocate(1 << 16).flip();
  private long newlines;
  private boolean eof;

  StrictUtf8Reader(InputStream in, String file) {
    this.in = in;
    this.file = file;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    while (!chars.hasRemaining()) {
      if (!fill()) {
        return -1;
      }
    }
    int n = Math.min(len, chars.remaining());
    chars.get(cbuf, off, n);
    return n;
  }

  /** Decodes more characters; false at the end of input. */
  private boolean fill() throws IOException {
    chars.clear();
    while (chars.position() == 0) {
      if (!eof && bytes.remaining() < 4) {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
          eof = true;
        } else {
          bytes.position(bytes.position() + n);
        }
        bytes.flip();
      }
      CoderResult r = decoder.decode(bytes, chars, eof);
      if (r.isError()) {
        countLines(chars.position());
        throw new MalformedFileException(file, (int) Math.min(Integer.MAX_VALUE, newlines + 1), 0,
            String.format(Locale.ROOT, "text must be UTF-8, but byte 0x%02X is not valid UTF-8 here",
                bytes.get(bytes.position()) & 0xff));
      }
      if (eof && !bytes.hasRemaining()) {
        decoder.flush(chars);
        break;
      }
    }
    countLines(chars.position());
    chars.flip();
    return chars.hasRemaining();
  }

  private void countLines(int upTo) {
    char[] a = chars.array();
    for (int i = 0; i < upTo; i++) {
      if (a[i] == '\n') {
        newlines++;
      }
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
