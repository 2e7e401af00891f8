package org.policykg.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bad-input cases too large or too special to commit (big files, links, FIFOs, odd names), made in a test's
 * temporary folder by the name the manifest gives after {@code generated:}.
 */
final class BadInputs {

    private static final String PLAN_LINE = "各县（市、区）要全面排查整治安全生产隐患，市应急管理局牵头，2024年6月30日前完成。\n";

    private BadInputs() {
    }

    static Path make(String name, Path dir) throws IOException, InterruptedException {
        switch (name) {
            case "size-50mb" -> {
                return repeat(dir.resolve("size-50mb.txt"), "韶关市2024年超大文件工作方案\n\n", PLAN_LINE, 50L * 1000 * 1000);
            }
            case "line-5mb" -> {
                return repeat(dir.resolve("line-5mb.txt"), "韶关市2024年单行文件工作方案\n\n", "推动落后产能依法依规退出，", 5L * 1000 * 1000);
            }
            case "symlink-loop" -> {
                Path folder = Files.createDirectories(dir.resolve("looped"));
                Files.createSymbolicLink(folder.resolve("back"), folder);
                return folder;
            }
            case "dangling-link" -> {
                Path folder = Files.createDirectories(dir.resolve("dangling"));
                Files.createSymbolicLink(folder.resolve("gone.txt"), folder.resolve("missing.txt"));
                return folder;
            }
            case "fifo" -> {
                Path folder = Files.createDirectories(dir.resolve("fifo"));
                Process p = new ProcessBuilder("mkfifo", folder.resolve("pipe.txt").toString()).start();
                if (p.waitFor() != 0) {
                    throw new IOException("mkfifo failed");
                }
                return folder;
            }
            case "unreadable" -> {
                Path f = Files.writeString(dir.resolve("unreadable.txt"), "韶关市2024年无权读取的工作方案\n\n" + PLAN_LINE);
                f.toFile().setReadable(false, false);
                return f;
            }
            case "newline-in-name" -> {
                return Files.writeString(dir.resolve("换行\n文件名.txt"), "韶关市2024年换行文件名工作方案\n\n" + PLAN_LINE);
            }
            case "long-name" -> {
                return Files.writeString(dir.resolve("长".repeat(80) + ".txt"), "韶关市2024年长文件名工作方案\n\n" + PLAN_LINE);
            }
            default -> throw new IllegalArgumentException("no generated bad input named " + name);
        }
    }

    private static Path repeat(Path file, String head, String unit, long bytes) throws IOException {
        byte[] u = unit.getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(head.getBytes(StandardCharsets.UTF_8));
            for (long n = 0; n < bytes; n += u.length) {
                out.write(u);
            }
        }
        return file;
    }
}
