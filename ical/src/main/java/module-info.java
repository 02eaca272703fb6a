/** Zhengbing iCalendar: RFC 5545 export of a region's conscription calendar, written with ical4j. */
module org.zhengbing.ical {
  requires transitive org.zhengbing.calendar;
  requires ical4j.core;

  exports org.zhengbing.ical;
}
