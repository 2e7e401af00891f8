package org.policykg.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.policykg.annotate.nlp.HanLpSegmenter;
import org.policykg.correct.CorrectionService;
import org.policykg.eval.Evaluator;
import org.policykg.eval.FieldScore;
import org.policykg.eval.GoldSet;
import org.policykg.eval.TaskEvaluator;
import org.policykg.eval.TaskGold;
import org.policykg.gazetteer.Jurisdictions;
import org.policykg.ingest.DocumentPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code eval}: precision, recall and F1 per field against a gold set, with the errors behind them. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Score extraction against a hand-annotated gold set (per-field facts, or tasks located by hints as in the development corpus), or against the corrections people made (--corrections).")
class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    RootCommand root;

    @Option(names = "--corrections", description = "score the stored extraction against the corrections people made (correct set) instead of a gold set")
    boolean corrections;

    @Option(names = "--gold", defaultValue = "src/test/resources/gold", description = "gold set folder (default: ${DEFAULT-VALUE})")
    Path gold;

    @Option(names = "--corpus", defaultValue = "corpus", description = "folder of the annotated documents (default: ${DEFAULT-VALUE})")
    Path corpus;

    @Option(names = "--errors", defaultValue = "50", description = "misses and false alarms to list per field (default: ${DEFAULT-VALUE})")
    int errors;

    @Override
    public Integer call() {
        if (corrections) {
            try (ConfigurableApplicationContext ctx = Contexts.existing(root)) {
                ctx.getBean(CorrectionService.class).score(errors).forEach(spec.commandLine().getOut()::println);
            }
            spec.commandLine().getOut().flush();
            return 0;
        }
        DocumentPipeline pipeline = DocumentPipeline.standard(Jurisdictions.standard(), new HanLpSegmenter());
        if (TaskGold.isTaskGold(gold)) {
            TaskEvaluator evaluator = new TaskEvaluator(pipeline);
            evaluator.score(TaskGold.load(gold), corpus).report(errors).forEach(spec.commandLine().getOut()::println);
        } else {
            Evaluator evaluator = new Evaluator(pipeline);
            Map<String, FieldScore> scores = evaluator.score(GoldSet.load(gold), corpus);
            Evaluator.report(scores, errors).forEach(spec.commandLine().getOut()::println);
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
