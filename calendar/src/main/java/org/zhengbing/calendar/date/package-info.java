/**
 * Date arithmetic with a declared month-end rule: adding months or years to 31 January or 29 February must say what
 * happens when the target month has no such day, as Catala's date calculus does.
 *
 * <p>{@link org.zhengbing.calendar.date.MonthEndRule#ROUND_DOWN} is the rule of the Civil Code (民法典 Art 202: a
 * missing day falls back to the month's last day) and the bundled default;
 * {@link org.zhengbing.calendar.date.MonthEndRule#STRICT} rejects such additions.
 *
 * <pre>{@code
 * MonthEndRule.ROUND_DOWN.plusMonths(LocalDate.of(2023, 1, 31), 1);   // 2023-02-28
 * MonthEndRule.STRICT.plusMonths(LocalDate.of(2023, 1, 31), 1);       // ArithmeticException: ambiguous
 * }</pre>
 */
@NullMarked
package org.zhengbing.calendar.date;

import org.jspecify.annotations.NullMarked;
