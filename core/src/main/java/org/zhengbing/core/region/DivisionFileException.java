package org.zhengbing.core.region;

/**
 * Thrown when a division table (the province, prefecture, county, township or village CSV) is malformed.
 *
 * <p>The message starts with {@code file:line:column:} and names the offending value.
 */
public final class DivisionFileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final int column;

  /**
   * Creates an exception.
   *
   * @param file  the file or resource name, not null
   * @param line  the 1-based line
   * @param column  the 1-based column, or 0 if unknown
   * @param problem  what is wrong, naming the value, not null
   */
  public DivisionFileException(String file, int line, int column, String problem) {
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
   * Returns the 1-based line.
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
