package org.zhengbing.core.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads a CSV file (RFC 4180, on FastCSV) record by record, for loaders that stream its rows into primitive
 * arrays: the text is decoded strictly as UTF-8 (a bad byte is reported with its line), the first line is a header
 * that must name exactly the expected columns (in any order), and no field or record is held before its size is
 * checked ({@link #MAX_FIELD_CHARS}, {@link #MAX_FIELDS}).
 *
 * <pre>{@code
 * try (CsvFile csv = CsvFile.open(path, "code", "weight")) {
 *   while (csv.next()) {
 *     long w = csv.getLong(1, 0, Long.MAX_VALUE);
 *     ...
 *   }
 *   csv.finish(); // throws CsvFileException listing every bad row
 * }
 * }</pre>
 *
 * <p>A bad row (wrong number of fields, or a value the loader rejects through {@link #reject}) does not stop the
 * read: each is recorded with file, line, column and value, the first {@link #MAX_REPORTED} of them in full and the
 * rest as a count, and {@link #finish} throws them together. A malformed file (bad UTF-8, an unterminated quote, a
 * field over the limit, a wrong header) stops the read at once. Blank lines are skipped; a byte-order mark is
 * dropped; a name ending in {@code .gz} is decompressed. Not thread-safe.
 */
public final class CsvFile implements Closeable {

  /** The most characters one field may hold. */
  public static final int MAX_FIELD_CHARS = 4_096;

  /** The most fields one record may hold. */
  public static final int MAX_FIELDS = 64;

  /** The most bad rows reported one by one; beyond it they are counted. */
  public static final int MAX_REPORTED = 20;

  private final String name;
  private final CsvReader<CsvRecord> reader;
  private final Iterator<CsvRecord> records;
  private final int[] index;
  private final String[] columns;
  private final List<MalformedFileException> problems = new ArrayList<>();
  private long problemCount;
  private CsvRecord current;

  private final int headerSize;

  private CsvFile(InputStream in, String name, List<String> required, List<String> optional, boolean comments) {
    List<String> all = new ArrayList<>(required);
    all.addAll(optional);
    checkArgument(!required.isEmpty() && all.size() <= MAX_FIELDS, "1 to %s columns", MAX_FIELDS);
    this.name = name;
    this.columns = all.toArray(new String[0]);
    this.reader = CsvReader.builder().skipEmptyLines(true).allowExtraFields(true).allowMissingFields(true)
        .detectBomHeader(false).commentStrategy(comments ? CommentStrategy.SKIP : CommentStrategy.NONE)
        .build(CsvRecordHandler.of(b -> b.maxFieldSize(MAX_FIELD_CHARS).maxFields(MAX_FIELDS)
            .maxRecordSize(MAX_FIELD_CHARS * MAX_FIELDS)), new StrictUtf8Reader(in, name));
    this.records = reader.iterator();
    String expected = String.join(",", required) + (optional.isEmpty() ? ""
        : " and optionally " + String.join(",", optional));
    if (!advance()) {
      throw new MalformedFileException(name, 1, 0, "a header naming the columns " + expected
          + " must come first, but the file is empty");
    }
    List<String> header = new ArrayList<>(current.getFields());
    if (header.get(0).startsWith("\uFEFF")) {
      header.set(0, header.get(0).substring(1));
    }
    this.headerSize = header.size();
    this.index = new int[columns.length];
    boolean ok = all.containsAll(header) && header.stream().distinct().count() == header.size();
    for (int c = 0; c < columns.length; c++) {
      index[c] = header.indexOf(columns[c]);
      ok &= c >= required.size() || index[c] >= 0;
    }
    if (!ok) {
      throw new MalformedFileException(name, line(), 1, "header must name the columns " + expected
          + " (in any order, each once), but was '" + String.join(",", header) + "'");
    }
  }

  /**
   * Opens a CSV file; a name ending in {@code .gz} is decompressed.
   *
   * @param file  the file, not null
   * @param columns  the names the header must hold, at least one
   * @return the reader, positioned after the header, never null
   * @throws MalformedFileException if the header does not name exactly these columns, or is not valid UTF-8
   * @throws UncheckedIOException if the file cannot be read
   */
  public static CsvFile open(Path file, String... columns) {
    return open(file, List.of(columns), List.of(), false);
  }

  /**
   * Opens a CSV file whose header names the required columns and may name optional ones; a name ending in
   * {@code .gz} is decompressed.
   *
   * @param file  the file, not null
   * @param required  the names the header must hold, at least one
   * @param optional  the names it may hold; an absent one reads as blank ({@link #has})
   * @param comments  whether lines starting with {@code #} are comments, skipped
   * @return the reader, positioned after the header, never null
   * @throws MalformedFileException if the header names a column not given, or one twice, or misses a required one
   * @throws UncheckedIOException if the file cannot be read
   */
  public static CsvFile open(Path file, List<String> required, List<String> optional, boolean comments) {
    checkNotNull(file, "file");
    InputStream in;
    try {
      in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
      if (file.toString().endsWith(".gz")) {
        in = new GZIPInputStream(in, 1 << 16);
      }
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException("cannot read " + file + ": it does not exist", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e, e);
    }
    return new CsvFile(in, file.toString(), List.copyOf(required), List.copyOf(optional), comments);
  }

  /**
   * Reads CSV from a stream (closed with this reader).
   *
   * @param in  the bytes, not null
   * @param name  the file or resource name for messages, not null
   * @param columns  the names the header must hold, at least one
   * @return the reader, positioned after the header, never null
   * @throws MalformedFileException if the header does not name exactly these columns, or is not valid UTF-8
   */
  public static CsvFile of(InputStream in, String name, String... columns) {
    return of(in, name, List.of(columns), List.of(), false);
  }

  /**
   * Reads CSV from a stream (closed with this reader) whose header names the required columns and may name
   * optional ones.
   *
   * @param in  the bytes, not null
   * @param name  the file or resource name for messages, not null
   * @param required  the names the header must hold, at least one
   * @param optional  the names it may hold; an absent one reads as blank ({@link #has})
   * @param comments  whether lines starting with {@code #} are comments, skipped
   * @return the reader, positioned after the header, never null
   * @throws MalformedFileException if the header names a column not given, or one twice, or misses a required one
   */
  public static CsvFile of(InputStream in, String name, List<String> required, List<String> optional,
      boolean comments) {
    checkNotNull(in, "in");
    checkNotNull(name, "name");
    return new CsvFile(in, name, List.copyOf(required), List.copyOf(optional), comments);
  }

  /**
   * Returns whether the header names a column.
   *
   * @param column  the column's position among the required then optional names given, from 0
   * @return whether it is present
   */
  public boolean has(int column) {
    return index[column] >= 0;
  }

  private boolean advance() {
    try {
      if (!records.hasNext()) {
        return false;
      }
      current = records.next();
      return true;
    } catch (CsvParseException e) {
      if (e.getCause() instanceof MalformedFileException) {
        throw (MalformedFileException) e.getCause();
      }
      throw new MalformedFileException(name, current == null ? 1 : line() + 1, 0, "malformed CSV: "
          + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()));
    }
  }

  /**
   * Moves to the next record that has as many fields as the header; a record with another count is reported (see
   * {@link #finish}) and skipped.
   *
   * @return false at the end of the file
   * @throws MalformedFileException if the file is malformed there (bad UTF-8, quoting, a field too long)
   */
  public boolean next() {
    while (advance()) {
      if (current.getFieldCount() == headerSize) {
        return true;
      }
      record(0, "row must have " + headerSize + " fields, but had " + current.getFieldCount() + ": "
          + abbreviate(String.join(",", current.getFields())));
    }
    return false;
  }

  /**
   * Returns the 1-based line on which the current record starts.
   *
   * @return the line
   */
  public int line() {
    return (int) Math.min(Integer.MAX_VALUE, current.getStartingLineNumber());
  }

  /**
   * Returns the file name given.
   *
   * @return the name, never null
   */
  public String name() {
    return name;
  }

  /**
   * Returns a field of the current record.
   *
   * @param column  the position of the column among the names given to {@link #open}, from 0
   * @return the field, never null
   */
  public String get(int column) {
    return index[column] < 0 ? "" : current.getField(index[column]);
  }

  /**
   * Returns a field as a whole number within bounds, or reports it ({@link #reject}) and returns {@code min - 1}.
   *
   * @param column  the column, as for {@link #get}
   * @param min  the smallest value allowed, above {@link Long#MIN_VALUE}
   * @param max  the largest value allowed
   * @return the value, or {@code min - 1} if it was rejected
   */
  public long getLong(int column, long min, long max) {
    String text = get(column);
    long v;
    try {
      v = Long.parseLong(text);
    } catch (NumberFormatException e) {
      v = min - 1;
    }
    if (v < min || v > max) {
      reject(column, max == Long.MAX_VALUE && min == 0 ? "must be a non-negative whole number"
          : "must be a whole number from " + min + " to " + max);
      return min - 1;
    }
    return v;
  }

  /**
   * Reports a bad value of the current record: "{@code name:line:column: column 'value' problem}".
   *
   * @param column  the column, as for {@link #get}
   * @param problem  what is wrong, not null
   */
  public void reject(int column, String problem) {
    record(index[column] + 1, header(column) + " '" + abbreviate(get(column)) + "' " + problem);
  }

  /**
   * Reports the current record as bad as a whole: "{@code name:line:0: problem}".
   *
   * @param problem  what is wrong, naming the value, not null
   */
  public void rejectRow(String problem) {
    record(0, checkNotNull(problem, "problem"));
  }

  private String header(int column) {
    return columns[column];
  }

  private void record(int column, String problem) {
    problemCount++;
    if (problems.size() < MAX_REPORTED) {
      problems.add(new MalformedFileException(name, line(), column, problem));
    }
  }

  /** The value as shown in a message: line breaks escaped, cut after 80 characters. */
  private static String abbreviate(String s) {
    String shown = s.replace("\r", "\\r").replace("\n", "\\n");
    return shown.length() <= 80 ? shown : shown.substring(0, 77) + "...";
  }

  /**
   * Returns the number of bad rows reported so far.
   *
   * @return the count
   */
  public long problemCount() {
    return problemCount;
  }

  /**
   * Throws the bad rows reported, if any.
   *
   * @throws CsvFileException listing the first {@link #MAX_REPORTED} bad rows and counting the rest
   */
  public void finish() {
    if (problemCount > 0) {
      throw new CsvFileException(List.copyOf(problems), problemCount);
    }
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "CsvFile[" + name + ", columns " + Arrays.toString(columns) + "]";
  }
}
