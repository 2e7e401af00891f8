package org.policykg.web.upload;

/** A file name an uploader sent, made safe to keep: its last path segment, without characters file systems refuse. */
final class UploadNames {

    private static final int LONGEST = 180;

    private UploadNames() {
    }

    static String safe(String given) {
        String name = given == null ? "" : given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}<>:\"|?*]", "_").strip();
        if (name.length() > LONGEST) {
            int dot = name.lastIndexOf('.');
            String ext = dot > 0 && name.length() - dot <= 8 ? name.substring(dot) : "";
            name = name.substring(0, LONGEST - ext.length()) + ext;
        }
        return name.isEmpty() || name.chars().allMatch(c -> c == '.') ? "upload" : name;
    }
}
