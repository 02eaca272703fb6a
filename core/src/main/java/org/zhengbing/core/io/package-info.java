/**
 * What the file loaders share. {@link org.zhengbing.core.io.MalformedFileException} is the base of every loader's
 * error ({@code PolicyFileException}, {@code DivisionFileException}, {@code HolidayFileException}, ...), each
 * reporting {@code file:line:column: problem}:
 *
 * <pre>{@code
 * try {
 *   book = book.withFile(path);
 * } catch (MalformedFileException e) {
 *   System.err.println(e.getMessage());   // sichuan.yaml:12:7: amount must be >= 0, but was -1
 * }
 * }</pre>
 */
@NullMarked
package org.zhengbing.core.io;

import org.jspecify.annotations.NullMarked;
