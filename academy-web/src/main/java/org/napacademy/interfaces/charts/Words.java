package org.napacademy.interfaces.charts;

/**
 * Translated texts by key: a view's {@code getTranslation}, or the platform's translations for a language when a
 * report is written outside Vaadin, so a chart carries the same words on the page and in the PDF.
 */
@FunctionalInterface
public interface Words {
    String text(String key, Object... params);
}
