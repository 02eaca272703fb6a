/**
 * Reusable QuickTheories generators for the calendar's types, shipped in the zhengbing-calendar test-jar so that
 * integrators' property tests can draw conscription years, dates, terms, month-end rules, age categories, birth
 * dates and whole calendars.
 *
 * <pre>{@code
 * qt().forAll(CalendarGenerators.coveredYears(), CalendarGenerators.sexes()).check((year, sex) -> ...);
 * }</pre>
 */
@NullMarked
package org.zhengbing.calendar.testing;

import org.jspecify.annotations.NullMarked;
