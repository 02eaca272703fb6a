/**
 * Zhengbing calendar: the two-season conscription calendar, working days, date arithmetic with a declared
 * month-end rule, service terms and age windows.
 */
module org.zhengbing.calendar {
  requires transitive org.zhengbing.core;
  requires static org.immutables.value.annotations;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;

  exports org.zhengbing.calendar;
  exports org.zhengbing.calendar.date;
  exports org.zhengbing.calendar.workday;
  exports org.zhengbing.calendar.service;
  exports org.zhengbing.calendar.age;
}
