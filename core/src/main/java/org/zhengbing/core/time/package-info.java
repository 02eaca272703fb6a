/**
 * Seasons, terms and date spans: {@link org.zhengbing.core.time.Season} (上半年/下半年),
 * {@link org.zhengbing.core.time.ConscriptionTerm} (a year and a season), closed
 * {@link org.zhengbing.core.time.DateSpan}s and the year-relative {@link org.zhengbing.core.time.AnnualWindow}
 * in which calendar parameters are written.
 *
 * <pre>{@code
 * ConscriptionTerm term = ConscriptionTerm.of(2026, Season.SPRING);       // "2026-SPRING"
 * AnnualWindow.parse("12-01@-1..02-10").atYear(2023);                   // 2022-12-01/2023-02-10
 * }</pre>
 */
@NullMarked
package org.zhengbing.core.time;

import org.jspecify.annotations.NullMarked;
