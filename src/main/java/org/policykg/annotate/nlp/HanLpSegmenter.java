package org.policykg.annotate.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import org.policykg.gazetteer.AgencyNames;

/**
 * The one place that touches HanLP (portable): its standard segmenter with organisation and place
 * recognition, and the agency gazetteer loaded into its CustomDictionary as organisation names (nt).
 * HanLP's configuration and dictionaries are JVM-global, so they are set up once, here, and nowhere else.
 */
public final class HanLpSegmenter implements Segmenter {

    private static final Object SETUP = new Object();
    private static volatile boolean dictionaryLoaded;

    private final Segment segment;

    public HanLpSegmenter() {
        synchronized (SETUP) {
            if (!dictionaryLoaded) {
                HanLP.Config.ShowTermNature = true;
                for (AgencyNames.Name n : AgencyNames.all()) {
                    if (!n.kind().equals("field")) {
                        CustomDictionary.add(n.formal(), "nt 1000");
                        n.aliases().forEach(alias -> CustomDictionary.add(alias, "nt 1000"));
                    }
                }
                dictionaryLoaded = true;
            }
            segment = HanLP.newSegment().enableOrganizationRecognize(true).enablePlaceRecognize(true).enableOffset(true);
        }
    }

    @Override
    public List<Token> segment(String text) {
        List<Token> out = new ArrayList<>();
        int pos = 0;
        for (Term t : segment.seg(text)) {
            // offsets from HanLP follow its own normalisation; re-anchor each word in the original text
            int at = text.indexOf(t.word, pos);
            if (at < 0) {
                continue;
            }
            out.add(new Token(t.word, t.nature == null ? "" : t.nature.toString(), at));
            pos = at + t.word.length();
        }
        return out;
    }
}
