package org.policykg.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policykg.gazetteer.Jurisdiction;

/**
 * Which jurisdictions issue plans in one year, in an order where every plan follows the plan it
 * implements: the nation, then province by province each province with a few of its cities and each city
 * with a few of its counties. The fan-out grows with the year's budget, so small corpora still reach
 * county level and large ones cover the country; beyond one plan per jurisdiction a second pass begins.
 */
final class YearOrder {

    record Entry(int pass, Jurisdiction jurisdiction, Jurisdiction parent) {}

    private final Map<String, List<Jurisdiction>> children;
    private final Map<String, List<Jurisdiction>> shuffled = new HashMap<>();
    private final long seed;
    private final int year;

    YearOrder(Map<String, List<Jurisdiction>> children, long seed, int year) {
        this.children = children;
        this.seed = seed;
        this.year = year;
    }

    List<Entry> entries(int budget) {
        List<Jurisdiction> provinces = childrenOf(Jurisdiction.NATION);
        int cities = 1;
        int counties = 1;
        int maxCities = provinces.stream().mapToInt(p -> childrenOf(p).size()).max().orElse(0);
        int maxCounties = children.values().stream().mapToInt(List::size).max().orElse(0);
        while (capacity(provinces, cities, counties) < budget - 1 && (cities < maxCities || counties < maxCounties)) {
            if (counties < cities && counties < maxCounties || cities >= maxCities) {
                counties++;
            } else {
                cities++;
            }
        }
        List<Entry> out = new ArrayList<>();
        for (int pass = 0; out.size() < budget; pass++) {
            out.add(new Entry(pass, Jurisdiction.NATION, null));
            for (Jurisdiction p : provinces) {
                add(out, budget, new Entry(pass, p, Jurisdiction.NATION));
                for (Jurisdiction c : first(childrenOf(p), cities)) {
                    add(out, budget, new Entry(pass, c, p));
                    for (Jurisdiction k : first(childrenOf(c), counties)) {
                        add(out, budget, new Entry(pass, k, c));
                    }
                }
            }
        }
        return out.subList(0, budget);
    }

    private static void add(List<Entry> out, int budget, Entry e) {
        if (out.size() < budget) {
            out.add(e);
        }
    }

    private int capacity(List<Jurisdiction> provinces, int cities, int counties) {
        int n = 0;
        for (Jurisdiction p : provinces) {
            n++;
            for (Jurisdiction c : first(childrenOf(p), cities)) {
                n += 1 + Math.min(counties, childrenOf(c).size());
            }
        }
        return n;
    }

    private List<Jurisdiction> childrenOf(Jurisdiction j) {
        return shuffled.computeIfAbsent(j.code(), code -> {
            List<Jurisdiction> list = new ArrayList<>(children.getOrDefault(code, List.of()));
            Collections.shuffle(list, Seeds.random(seed, year, code.hashCode()));
            return list;
        });
    }

    private static List<Jurisdiction> first(List<Jurisdiction> list, int n) {
        return list.subList(0, Math.min(n, list.size()));
    }
}
