package org.paniercommun.basket;

import org.paniercommun.kernel.Texts;

/** The solidarity baskets' texts in the request's language: errors and labels computed for pages and the API. */
final class BasketTexts {

    private BasketTexts() {
    }

    static BasketMessages get() {
        return Texts.of(BasketMessages.class);
    }
}
