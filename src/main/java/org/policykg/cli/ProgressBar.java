package org.policykg.cli;

import java.io.PrintWriter;
import org.policykg.ingest.IngestListener;

/** A one-line progress bar on stderr for long runs; failures are printed as they happen, one line each. */
final class ProgressBar implements IngestListener {

    private static final int LONG_RUN = 20;
    private static final int WIDTH = 30;

    private final PrintWriter out;
    private boolean show;

    ProgressBar(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void started(int files) {
        show = files >= LONG_RUN;
    }

    @Override
    public void stored(int done, int files, String file) {
        if (show) {
            int filled = (int) ((long) WIDTH * done / files);
            out.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + files);
            if (done == files) {
                out.println();
            }
            out.flush();
        }
    }

    @Override
    public void linking(int pending) {
        if (show) {
            out.println("cross-document pass for " + pending + " documents…");
            out.flush();
        }
    }

    @Override
    public void compacting() {
        if (show) {
            out.println("compacting the store…");
            out.flush();
        }
    }

    @Override
    public void warned(String message) {
        if (show) {
            out.print("\r");
        }
        out.println("warning: " + message);
    }

    @Override
    public void failed(String message) {
        if (show) {
            out.print("\r");
        }
        out.println("error: " + message);
    }
}
