package org.zhengbing.core.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A minimal RFC 4180 CSV reader that knows the line number of each record. Quoted fields may hold commas and
 * doubled quotes, but not line breaks. Not an API.
 */
public final class Csv {

  /** A record and the line it came from (1-based). */
  public static final class Row {
    private final int line;
    private final List<String> fields;

    Row(int line, List<String> fields) {
      this.line = line;
      this.fields = fields;
    }

    /** Returns the 1-based line number. */
    public int line() {
      return line;
    }

    /** Returns the fields. */
    public List<String> fields() {
      return fields;
    }

    /** Returns field {@code i}. */
    public String get(int i) {
      return fields.get(i);
    }

    /** Returns the number of fields. */
    public int size() {
      return fields.size();
    }
  }

  /** Thrown for a line that is not well-formed CSV. */
  public static final class MalformedLineException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;

    MalformedLineException(int line, int column, String message) {
      super(message);
      this.line = line;
      this.column = column;
    }

    /** Returns the 1-based line. */
    public int line() {
      return line;
    }

    /** Returns the 1-based column. */
    public int column() {
      return column;
    }
  }

  private final BufferedReader reader;
  private int lineNumber;

  public Csv(BufferedReader reader) {
    this.reader = reader;
  }

  /**
   * Reads the next non-blank record.
   *
   * @return the record, or null at the end of input
   * @throws MalformedLineException for an unterminated quote or text after a closing quote
   */
  public @Nullable Row next() {
    try {
      String line;
      do {
        line = reader.readLine();
        if (line == null) {
          return null;
        }
        lineNumber++;
        if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
          line = line.substring(1);
        }
      } while (line.isBlank());
      return new Row(lineNumber, split(line, lineNumber));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> split(String line, int lineNumber) {
    List<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    int n = line.length();
    while (true) {
      field.setLength(0);
      if (i < n && line.charAt(i) == '"') {
        int start = i;
        i++;
        while (true) {
          if (i >= n) {
            throw new MalformedLineException(lineNumber, start + 1, "unterminated quoted field");
          }
          char c = line.charAt(i);
          if (c == '"') {
            if (i + 1 < n && line.charAt(i + 1) == '"') {
              field.append('"');
              i += 2;
            } else {
              i++;
              break;
            }
          } else {
            field.append(c);
            i++;
          }
        }
        if (i < n && line.charAt(i) != ',') {
          throw new MalformedLineException(lineNumber, i + 1, "unexpected text after a closing quote");
        }
      } else {
        while (i < n && line.charAt(i) != ',') {
          field.append(line.charAt(i));
          i++;
        }
      }
      out.add(field.toString());
      if (i >= n) {
        return out;
      }
      i++; // the comma
    }
  }
}
