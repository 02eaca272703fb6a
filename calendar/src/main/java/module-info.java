/** Zhengbing calendar: the two-season conscription calendar, working days, age windows and iCalendar export. */
module org.zhengbing.calendar {
  requires transitive org.zhengbing.core;
  requires static org.immutables.value.annotations;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;

  exports org.zhengbing.calendar;
}
