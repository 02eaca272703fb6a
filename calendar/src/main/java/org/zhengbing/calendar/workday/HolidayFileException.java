package org.zhengbing.calendar.workday;

/**
 * Thrown when a holiday data file is malformed: a syntax error, an unknown or missing key, a bad date, a holiday
 * outside its notice's year, overlapping holidays, or an adjusted working day that is not a Saturday or Sunday.
 *
 * <p>The message starts with {@code file:line:column:} and names the offending value.
 */
public final class HolidayFileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The file or resource name. */
  private final String file;
  /** The 1-based line, or 0. */
  private final int line;
  /** The 1-based column, or 0. */
  private final int column;

  HolidayFileException(String file, int line, int column, String problem) {
    super(file + ":" + line + ":" + column + ": " + problem);
    this.file = file;
    this.line = line;
    this.column = column;
  }

  /**
   * Returns the file or resource name.
   *
   * @return the file, never null
   */
  public String file() {
    return file;
  }

  /**
   * Returns the 1-based line, or 0 if unknown.
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  /**
   * Returns the 1-based column, or 0 if unknown.
   *
   * @return the column
   */
  public int column() {
    return column;
  }
}
