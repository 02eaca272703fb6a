/**
 * Zhengbing calendar module (under construction).
 */
@NullMarked
package org.zhengbing.calendar;

import org.jspecify.annotations.NullMarked;
