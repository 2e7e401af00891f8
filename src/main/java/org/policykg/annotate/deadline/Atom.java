package org.policykg.annotate.deadline;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;

/**
 * One calendar expression as written, before its year is resolved: 2019年4月15日, 次年1月, 5月底, 第四季度, 3—4月.
 * It covers the days dayFrom of monthFrom … dayTo of monthTo (dayTo 0 = the month's last day). A point (a day,
 * 上旬, 月底, 年底) resolves to its last day; a span (a bare month, a quarter, 全年) to an interval.
 */
record Atom(int start, int end, YearSpec year, int monthFrom, int dayFrom, int monthTo, int dayTo, boolean point,
            TimeRelation inherent) {

    /** False when a day does not exist in its month in any year (4月31日). */
    boolean plausible() {
        return monthFrom >= 1 && monthFrom <= 12 && monthTo >= monthFrom && monthTo <= 12
                && dayFrom >= 1 && dayFrom <= Month.of(monthFrom).maxLength()
                && dayTo <= Month.of(monthTo).maxLength()
                && (monthFrom < monthTo || dayTo == 0 || dayTo >= dayFrom);
    }

    boolean fitsYear(int y) {
        return YearMonth.of(y, monthFrom).isValidDay(dayFrom) && (dayTo == 0 || YearMonth.of(y, monthTo).isValidDay(dayTo));
    }

    LocalDate begin(int y) {
        return LocalDate.of(y, monthFrom, dayFrom);
    }

    LocalDate end(int y) {
        YearMonth ym = YearMonth.of(y, monthTo);
        return dayTo == 0 ? ym.atEndOfMonth() : ym.atDay(dayTo);
    }

    /** The first day as a yearly month-day. */
    MonthDay yearlyBegin() {
        return MonthDay.of(monthFrom, dayFrom);
    }

    /** The last day as a yearly month-day; a month's end is taken in a common year (2月底 → --02-28). */
    MonthDay yearlyEnd() {
        return MonthDay.of(monthTo, dayTo == 0 ? Month.of(monthTo).length(false) : dayTo);
    }
}
