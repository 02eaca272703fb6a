/**
 * iCalendar (RFC 5545) export of a region's conscription calendar, written with ical4j: one all-day event per
 * phase, with a stable UID, a bilingual summary and a description naming the sources and whether the dates are
 * illustrative.
 *
 * <p>{@link org.zhengbing.ical.ICalendarExporter} takes the DTSTAMP from the caller, so that the same
 * calendar and stamp give the same bytes.
 *
 * <pre>{@code
 * String ics = ICalendarExporter.stampedAt(Instant.parse("2023-01-01T00:00:00Z")).export(calendar);
 * }</pre>
 */
@NullMarked
package org.zhengbing.ical;

import org.jspecify.annotations.NullMarked;
