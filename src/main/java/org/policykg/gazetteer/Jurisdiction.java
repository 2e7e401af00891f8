package org.policykg.gazetteer;

/** An administrative division (GB/T 2260) or the nation itself; {@code parentCode} is empty at the top. */
public record Jurisdiction(String code, String name, String shortName, Level level, String parentCode) {

    public static final Jurisdiction NATION = new Jurisdiction("CN", "中华人民共和国", "中国", Level.NATIONAL, "");
}
