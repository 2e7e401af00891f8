package org.policykg.bench;

import picocli.CommandLine.Command;

/** {@code bench}: the scale corpus and the speed and memory figures against baselines (issue 7). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Generate a scale corpus, or measure extraction, loading, queries, start-up, memory and HTTP load.",
        subcommands = {GenerateCommand.class, RunCommand.class, ReadersCommand.class, QueriesCommand.class, HttpCommand.class,
                LoadCommand.class})
public class BenchCommand {
}
