package org.paniercommun.catalogue;

import java.text.Normalizer;
import java.util.Locale;

/** Compares what people type with codes and labels: no case, no accents, no spaces or punctuation. */
final class Labels {

    private Labels() {
    }

    static String key(String text) {
        if (text == null) {
            return "";
        }
        String lower = Normalizer.normalize(text.trim().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return lower.replaceAll("[^a-z0-9]+", "");
    }
}
