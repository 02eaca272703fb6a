package org.zhengbing.examples.cli;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Thrown for a malformed row of an input file of the command-line tool; the message starts with the file and line,
 * as in {@code units.csv:7: weight must be a non-negative integer, but was '-3'}.
 */
public final class InputFileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;

  /**
   * Creates an exception.
   *
   * @param file  the file as the user named it, not null
   * @param line  the 1-based line, or 0 if the problem concerns the whole file
   * @param problem  the problem, naming the rule and the offending value, not null
   */
  public InputFileException(String file, int line, String problem) {
    super(checkNotNull(file, "file") + (line > 0 ? ":" + line : "") + ": " + checkNotNull(problem, "problem"));
    this.file = file;
    this.line = line;
  }

  /**
   * Returns the file.
   *
   * @return the file, never null
   */
  public String file() {
    return file;
  }

  /**
   * Returns the 1-based line, 0 for the whole file.
   *
   * @return the line
   */
  public int line() {
    return line;
  }
}
