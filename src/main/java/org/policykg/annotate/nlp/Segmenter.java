package org.policykg.annotate.nlp;

import java.util.List;

/** Word segmentation with part-of-speech tags; {@code offset} is the token's char offset in the text. */
public interface Segmenter {

    record Token(String word, String pos, int offset) {

        public int end() {
            return offset + word.length();
        }

        /** HanLP tags organisations nt, nts (schools), nto (government), nth (hospitals), nis (institutions). */
        public boolean organization() {
            return pos.startsWith("nt") || pos.equals("nis");
        }
    }

    /** A segmenter that finds nothing, for callers that run on rules alone. */
    Segmenter NONE = text -> List.of();

    List<Token> segment(String text);
}
