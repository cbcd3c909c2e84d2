package org.paniercommun.catalogue;

/** One choice of a select box or a checkbox list, already marked as chosen or not. */
public record Option(String value, String label, boolean selected) {

    static Option of(Object value, String label, String current) {
        String text = String.valueOf(value);
        return new Option(text, label, text.equals(current));
    }
}
