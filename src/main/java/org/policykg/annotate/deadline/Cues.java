package org.policykg.annotate.deadline;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The relation cue words written around an expression: 前, 之前, 起, 内 after it; 自, 截至 before it. */
final class Cues {

    /** A cue found at [start, end). */
    record Cue(int start, int end, TimeRelation relation) {
    }

    private final TimeWords words;
    private final Pattern suffix;
    private final List<TimeWords.Word> prefixes;

    Cues(TimeWords words) {
        this.words = words;
        this.suffix = Pattern.compile("\\h*(?<cue>" + words.alternation("suffix") + ")");
        this.prefixes = words.of("prefix").stream()
                .sorted(Comparator.comparingInt((TimeWords.Word w) -> w.word().length()).reversed())
                .toList();
    }

    /** The cue right after {@code pos} (blanks allowed in between). */
    Optional<Cue> after(String text, int pos) {
        Matcher m = suffix.matcher(text).region(pos, text.length()).useTransparentBounds(true);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        TimeRelation r = words.exact("suffix", m.group("cue")).orElseThrow().relation();
        return Optional.of(new Cue(m.start("cue"), m.end("cue"), r));
    }

    /** The cue right before {@code pos} (blanks allowed in between). */
    Optional<Cue> before(String text, int pos) {
        int p = pos;
        while (p > 0 && Character.isSpaceChar(text.charAt(p - 1))) {
            p--;
        }
        for (TimeWords.Word w : prefixes) {
            int s = p - w.word().length();
            if (s >= 0 && text.startsWith(w.word(), s)) {
                return Optional.of(new Cue(s, p, w.relation()));
            }
        }
        return Optional.empty();
    }
}
