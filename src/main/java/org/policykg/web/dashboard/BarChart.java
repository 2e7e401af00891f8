package org.policykg.web.dashboard;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The geometry of the dashboard's SVG bar chart: one bar per month from the first month with a due date to the last
 * (months without any show as gaps), the overdue part at the bottom, a scale of whole numbers on the left.
 */
record BarChart(int width, int height, int plotTop, int plotBottom, int plotLeft, List<Bar> bars, List<Tick> ticks) {

    /** One month's bar: its slot, the upcoming part above the overdue part, and the label under it if there is room. */
    record Bar(MonthCount count, double x, double width, double upcomingY, double upcomingHeight, double overdueY,
               double overdueHeight, String label, double labelX) {

        public String title() {
            return count.month() + "：到期 " + count.due() + " 项，其中逾期 " + count.overdue() + " 项";
        }
    }

    /** A line of the scale. */
    record Tick(long value, double y) {}

    private static final int PLOT_HEIGHT = 220;
    private static final int TOP = 10;
    private static final int LEFT = 40;
    private static final int BOTTOM_MARGIN = 40;
    private static final double MAX_SLOT = 48;
    private static final double MIN_SLOT = 10;
    private static final double MAX_WIDTH = 960;

    static BarChart of(List<MonthCount> counts) {
        List<MonthCount> months = continuous(counts);
        long max = Math.max(1, months.stream().mapToLong(MonthCount::due).max().orElse(1));
        double slot = months.isEmpty() ? MAX_SLOT : Math.max(MIN_SLOT, Math.min(MAX_SLOT, (MAX_WIDTH - LEFT) / months.size()));
        double unit = (double) PLOT_HEIGHT / max;
        int bottom = TOP + PLOT_HEIGHT;
        // a label every few months when the bars are narrower than a label
        int labelEvery = (int) Math.ceil(52 / slot);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            MonthCount m = months.get(i);
            double x = LEFT + i * slot + slot * 0.15;
            double w = slot * 0.7;
            double overdueHeight = m.overdue() * unit;
            double upcomingHeight = m.upcoming() * unit;
            String label = i % labelEvery == 0 ? m.month().toString() : "";
            bars.add(new Bar(m, x, w, bottom - overdueHeight - upcomingHeight, upcomingHeight, bottom - overdueHeight, overdueHeight,
                    label, x + w / 2));
        }
        List<Tick> ticks = new ArrayList<>();
        long step = Math.max(1, (long) Math.ceil(max / 5.0));
        for (long v = 0; v <= max; v += step) {
            ticks.add(new Tick(v, bottom - v * unit));
        }
        int width = (int) Math.ceil(LEFT + months.size() * slot + 10);
        return new BarChart(width, bottom + BOTTOM_MARGIN, TOP, bottom, LEFT, bars, ticks);
    }

    /** The counts with the months between them that have none. */
    private static List<MonthCount> continuous(List<MonthCount> counts) {
        if (counts.isEmpty()) {
            return List.of();
        }
        Map<YearMonth, MonthCount> byMonth = new HashMap<>();
        counts.forEach(c -> byMonth.put(c.month(), c));
        YearMonth first = counts.stream().map(MonthCount::month).min(YearMonth::compareTo).orElseThrow();
        YearMonth last = counts.stream().map(MonthCount::month).max(YearMonth::compareTo).orElseThrow();
        List<MonthCount> out = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            out.add(byMonth.getOrDefault(m, new MonthCount(m, 0, 0)));
        }
        return out;
    }
}
