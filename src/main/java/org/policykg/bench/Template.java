package org.policykg.bench;

import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The template language of the bench data files: {a|b|c} picks one alternative, {name} inserts a value. */
final class Template {

    private static final Pattern SLOT = Pattern.compile("\\{([^{}]*)}");

    private Template() {
    }

    static String fill(String template, Map<String, String> values, Random r) {
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            String value;
            if (key.indexOf('|') >= 0) {
                String[] alternatives = key.split("\\|", -1);
                value = alternatives[r.nextInt(alternatives.length)];
            } else {
                value = values.get(key);
                if (value == null) {
                    throw new IllegalStateException("bench template names an unknown value {" + key + "}: " + template);
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
