package org.policykg.web.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.policykg.calendar.Agency;
import org.policykg.calendar.AgencyCalendars;
import org.policykg.calendar.TaskCalendar;
import org.policykg.web.NotFoundWhenUnknown;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A body's deadlines (GET /calendar?agency=…&amp;month=2021-06): a month view, the month of its nearest deadline
 * unless one is asked for, and its .ics to subscribe to; without an agency, the bodies that have deadlines. The agency
 * field suggests names as one types (/api/agency-suggestions), as the explorer's does.
 */
@Controller
@NotFoundWhenUnknown
class CalendarPage {

    private final AgencyCalendars calendars;

    CalendarPage(AgencyCalendars calendars) {
        this.calendars = calendars;
    }

    @GetMapping("/calendar")
    String calendar(@RequestParam(required = false) String agency,
                    @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Model model) {
        if (agency == null || agency.isBlank()) {
            // the list is the page's content only without an agency; the field's suggestions are asked as one types
            model.addAttribute("agencies", calendars.agencies());
            return "calendar";
        }
        Agency body = calendars.resolve(agency);
        TaskCalendar cal = calendars.calendar(body, null, null);
        LocalDate today = LocalDate.now();
        YearMonth shown = month != null ? month : cal.nearest(today).map(YearMonth::from).orElse(YearMonth.from(today));
        List<TaskCalendar.Due> due = cal.dueBetween(shown.atDay(1), shown.atEndOfMonth());
        model.addAttribute("agency", body);
        model.addAttribute("grid", MonthGrid.of(shown, due));
        return "calendar";
    }
}
