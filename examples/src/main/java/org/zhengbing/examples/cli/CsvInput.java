package org.zhengbing.examples.cli;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.zhengbing.core.region.RegionCode;

/**
 * A strict reader of the tool's small CSV inputs: UTF-8, a header naming known columns (required ones present,
 * unknown ones rejected), RFC 4180 quoting on one line, blank lines and {@code #} comment lines skipped. Every error
 * is an {@link InputFileException} naming the file, the line and the offending value.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CsvInput {

  private static final Pattern WHOLE = Pattern.compile("[0-9]{1,18}");
  private static final int MAX_LINE = 1 << 16;

  private CsvInput() {}

  /** One data row: its file, line and fields by column name. */
  public static final class Row {
    private final String file;
    private final int line;
    private final ImmutableMap<String, Integer> columns;
    private final ImmutableList<String> fields;

    Row(String file, int line, ImmutableMap<String, Integer> columns, ImmutableList<String> fields) {
      this.file = file;
      this.line = line;
      this.columns = columns;
      this.fields = fields;
    }

    /**
     * Returns the 1-based line.
     *
     * @return the line
     */
    public int line() {
      return line;
    }

    /**
     * Returns a column's text, trimmed, or empty if the column is absent from the header or the field is blank.
     *
     * @param column  the column, not null
     * @return the text, or empty
     */
    public Optional<String> find(String column) {
      Integer i = columns.get(column);
      if (i == null) {
        return Optional.empty();
      }
      String v = fields.get(i).strip();
      return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    /**
     * Returns a required column's text, trimmed.
     *
     * @param column  the column, not null
     * @return the text, never null
     * @throws InputFileException if the field is blank
     */
    public String text(String column) {
      return find(column).orElseThrow(() -> error(column + " must not be blank, but was ''"));
    }

    /**
     * Returns a required non-negative whole number.
     *
     * @param column  the column, not null
     * @return the number, {@code >= 0}
     * @throws InputFileException if the field is not a non-negative integer of at most 18 digits
     */
    public long whole(String column) {
      String v = find(column).orElse("");
      if (!WHOLE.matcher(v).matches()) {
        throw error(column + " must be a non-negative integer, but was '" + v + "'");
      }
      return Long.parseLong(v);
    }

    /**
     * Returns an optional non-negative whole number that fits an {@code int}.
     *
     * @param column  the column, not null
     * @return the number, or empty if blank or absent
     * @throws InputFileException if the field is present but not a non-negative integer up to 2147483647
     */
    public Optional<Integer> optionalInt(String column) {
      Optional<String> v = find(column);
      if (v.isEmpty()) {
        return Optional.empty();
      }
      if (!WHOLE.matcher(v.get()).matches() || Long.parseLong(v.get()) > Integer.MAX_VALUE) {
        throw error(column + " must be a non-negative integer up to " + Integer.MAX_VALUE + ", but was '"
            + v.get() + "'");
      }
      return Optional.of(Integer.parseInt(v.get()));
    }

    /**
     * Returns a required region code.
     *
     * @param column  the column, not null
     * @return the code, never null
     * @throws InputFileException if the field is not a valid region code
     */
    public RegionCode region(String column) {
      String v = find(column).orElse("");
      try {
        return RegionCode.of(v);
      } catch (IllegalArgumentException e) {
        throw error(column + ": " + e.getMessage());
      }
    }

    /**
     * Creates an exception naming this row's file and line.
     *
     * @param problem  the problem, not null
     * @return the exception, never null
     */
    public InputFileException error(String problem) {
      return new InputFileException(file, line, problem);
    }
  }

  /**
   * Reads a whole file.
   *
   * @param file  the file, not null
   * @param required  the columns the header must name, not null
   * @param optional  other columns the header may name, not null
   * @return the data rows, in file order, never null
   * @throws InputFileException if the file cannot be read, is not UTF-8, or a line or the header is malformed
   */
  public static ImmutableList<Row> read(Path file, List<String> required, List<String> optional) {
    checkNotNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), required, optional);
    } catch (NoSuchFileException e) {
      throw new InputFileException(file.toString(), 0, "cannot read the file: it does not exist");
    } catch (IOException e) {
      throw new InputFileException(file.toString(), 0, "cannot read the file: " + e);
    }
  }

  /**
   * Reads CSV text from a stream.
   *
   * @param in  the stream, not null
   * @param name  the file name used in error messages, not null
   * @param required  the columns the header must name, not null
   * @param optional  other columns the header may name, not null
   * @return the data rows, in file order, never null
   * @throws InputFileException if the text is not UTF-8 or a line or the header is malformed
   */
  public static ImmutableList<Row> read(InputStream in, String name, List<String> required, List<String> optional) {
    Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    try (BufferedReader r = new BufferedReader(reader)) {
      return read(r, name, required, optional);
    } catch (CharacterCodingException e) {
      throw new InputFileException(name, 0, "file must be UTF-8 text, but was not (" + e.getMessage() + ")");
    } catch (IOException e) {
      throw new InputFileException(name, 0, "cannot read the file: " + e);
    }
  }

  private static ImmutableList<Row> read(BufferedReader r, String name, List<String> required,
      List<String> optional) throws IOException {
    ImmutableMap<String, Integer> columns = null;
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    int lineNo = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      lineNo++;
      if (lineNo == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.length() > MAX_LINE) {
        throw new InputFileException(name, lineNo, "line must be at most " + MAX_LINE + " characters, but was "
            + line.length());
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> fields = split(line, name, lineNo);
      if (columns == null) {
        columns = header(fields, name, lineNo, required, optional);
        continue;
      }
      if (fields.size() != columns.size()) {
        throw new InputFileException(name, lineNo, "row must have " + columns.size() + " fields like the header, "
            + "but had " + fields.size() + ": '" + line + "'");
      }
      rows.add(new Row(name, lineNo, columns, ImmutableList.copyOf(fields)));
    }
    if (columns == null) {
      throw new InputFileException(name, 0, "file must start with a header naming " + String.join(",", required)
          + ", but was empty");
    }
    return rows.build();
  }

  private static ImmutableMap<String, Integer> header(List<String> fields, String name, int line,
      List<String> required, List<String> optional) {
    ImmutableMap.Builder<String, Integer> b = ImmutableMap.builder();
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      String col = fields.get(i).strip();
      if (!required.contains(col) && !optional.contains(col)) {
        throw new InputFileException(name, line, "header column must be one of " + String.join(", ",
            concat(required, optional)) + ", but was '" + col + "'");
      }
      if (seen.contains(col)) {
        throw new InputFileException(name, line, "header column must appear once, but '" + col
            + "' appears twice");
      }
      seen.add(col);
      b.put(col, i);
    }
    for (String col : required) {
      if (!seen.contains(col)) {
        throw new InputFileException(name, line, "header must name the column '" + col + "', but was '"
            + String.join(",", fields) + "'");
      }
    }
    return b.build();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** Splits one line by RFC 4180 rules (quoted fields with doubled quotes; no line breaks inside quotes). */
  static List<String> split(String line, String name, int lineNo) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    int i = 0;
    int n = line.length();
    while (true) {
      if (i < n && line.charAt(i) == '"') {
        int start = i;
        i++;
        while (true) {
          if (i >= n) {
            throw new InputFileException(name, lineNo, "quoted field starting at column " + (start + 1)
                + " must end with a quote, but the line ended");
          }
          char c = line.charAt(i);
          if (c == '"') {
            if (i + 1 < n && line.charAt(i + 1) == '"') {
              cur.append('"');
              i += 2;
              continue;
            }
            i++;
            break;
          }
          cur.append(c);
          i++;
        }
        if (i < n && line.charAt(i) != ',') {
          throw new InputFileException(name, lineNo, "a closing quote must be followed by a comma, but column "
              + (i + 1) + " was '" + line.charAt(i) + "'");
        }
      } else {
        while (i < n && line.charAt(i) != ',') {
          char c = line.charAt(i);
          if (c == '"') {
            throw new InputFileException(name, lineNo, "a quote must open a field, but column " + (i + 1)
                + " has one inside an unquoted field");
          }
          cur.append(c);
          i++;
        }
      }
      out.add(cur.toString());
      cur.setLength(0);
      if (i >= n) {
        return out;
      }
      i++; // the comma
    }
  }
}
