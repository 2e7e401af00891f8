package org.policykg.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.policykg.ingest.DocumentPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench load}: load throughput alone, as {@code bench run} measures it, on a folder of documents: ingest's
 * batched writes and {@code ingest --bulk}'s loading against Jena's own bulk loader on the same quads, in one run.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Time loading a folder's documents into fresh TDB2 stores; print a Markdown table.")
class LoadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "the documents to load")
    Path corpus;

    @Option(names = "--work", required = true, paramLabel = "DIR", description = "a folder for the stores and N-Quads (emptied of them afterwards)")
    Path work;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files = SizeRun.documents(corpus);
        Files.createDirectories(work);
        Path scratch = work.resolve("context-store");
        try (LoadSampler load = new LoadSampler()) {
            DocumentPipeline pipeline;
            try (BenchContext ctx = new BenchContext(scratch)) {
                pipeline = ctx.bean(DocumentPipeline.class);
            }
            SizeRun.deleteTree(scratch);
            LoadBench.Result r = new LoadBench(pipeline, files, Runtime.getRuntime().availableProcessors()).run(work);
            out.print(r.table());
            out.println("Ratio KgStore / Jena loader: " + Fmt.ratio(r.ratio())
                    + (Double.isNaN(r.bulkSeconds()) ? "; ingest --bulk not measured above " + LoadBench.BULK_MAX + " documents"
                    : "; ingest --bulk's loading / Jena loader: " + Fmt.ratio(r.bulkRatio())));
            out.println(files.size() + " documents from " + corpus + "; system load " + load.summary());
        }
        out.flush();
        return 0;
    }
}
