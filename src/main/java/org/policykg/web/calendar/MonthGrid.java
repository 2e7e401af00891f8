package org.policykg.web.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.policykg.calendar.TaskCalendar.Due;
import org.policykg.web.reader.ReaderLinks;

/** A month as weeks from Monday to Sunday, each day with the deadlines due on it; days of other months are blank. */
record MonthGrid(YearMonth month, List<List<Day>> weeks) {

    /** A deadline due on a day, with its clause in the reader. */
    record Entry(Due due, String href) {}

    /** One cell: a day of the month (null for padding) and what falls due on it. */
    record Day(LocalDate date, List<Entry> due) {
        public int number() {
            return date == null ? 0 : date.getDayOfMonth();
        }
    }

    static MonthGrid of(YearMonth month, List<Due> due) {
        List<List<Day>> weeks = new ArrayList<>();
        List<Day> week = new ArrayList<>();
        for (int pad = 1; pad < month.atDay(1).getDayOfWeek().getValue(); pad++) {
            week.add(new Day(null, List.of()));
        }
        for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
            LocalDate day = d;
            week.add(new Day(d, due.stream().filter(x -> x.day().equals(day))
                    .map(x -> new Entry(x, ReaderLinks.clause(x.doc(), x.clause()))).toList()));
            if (d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        if (!week.isEmpty()) {
            while (week.size() < 7) {
                week.add(new Day(null, List.of()));
            }
            weeks.add(week);
        }
        return new MonthGrid(month, weeks);
    }

    /** 2021年6月. */
    public String title() {
        return month.getYear() + "年" + month.getMonthValue() + "月";
    }

    /** Every deadline of the month, by day, for the list under the grid. */
    public List<Entry> entries() {
        return weeks.stream().flatMap(List::stream).flatMap(d -> d.due().stream()).toList();
    }

    public YearMonth previous() {
        return month.minusMonths(1);
    }

    public YearMonth next() {
        return month.plusMonths(1);
    }
}
