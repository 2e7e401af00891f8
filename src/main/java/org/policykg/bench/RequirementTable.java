package org.policykg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A requirement table after an aspect's clauses (表2：我省重点行业淘汰要求清单（环保执法）): one row per key
 * industry of the plan, several numbered requirements in one cell on lines of their own.
 */
final class RequirementTable {

    private final BenchData data;
    private final Page page;
    private final Map<String, String> values;
    private final Random r;

    RequirementTable(BenchData data, Page page, Map<String, String> values, Random r) {
        this.data = data;
        this.page = page;
        this.values = values;
        this.r = r;
    }

    void write(BenchData.Aspect aspect) {
        boolean equipment = aspect.table().equals("equipment");
        List<List<String>> rows = new ArrayList<>();
        for (String industry : values.get("industries").split("、")) {
            String cell = equipment ? equipment(industry) : requirement(industry, aspect.table());
            if (!cell.isEmpty()) {
                rows.add(List.of(String.valueOf(rows.size() + 1), industry, cell));
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        String caption = "表" + (page.tables() + 1) + "：我" + values.get("self") + "重点行业淘汰要求清单（"
                + (equipment ? "工艺装备" : aspect.name() + "执法") + "）";
        page.table(caption, List.of("序号", "重点行业", equipment ? "淘汰要求" : "工作要求"), rows);
    }

    private String requirement(String industry, String column) {
        return data.industries().stream().filter(i -> i.name().equals(industry)).findFirst()
                .map(i -> i.requirements().getOrDefault(column, ""))
                .filter(t -> !t.isEmpty())
                .map(t -> Template.fill(t, values, r))
                .orElse("");
    }

    private String equipment(String industry) {
        List<String> all = data.equipment(industry);
        if (all.size() == 1) {
            return Template.fill(all.get(0), values, r);
        }
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < all.size(); i++) {
            cell.append(i == 0 ? "" : "\n").append("（").append(i + 1).append("）").append(Template.fill(all.get(i), values, r));
        }
        return cell.toString();
    }
}
