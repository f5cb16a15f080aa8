package org.napacademy.interfaces.ui.common;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.Collection;
import java.util.List;

/** Combo boxes over enums whose labels come from the bundles, as {@code <prefix>.<CONSTANT>}. */
public final class Choices {
    private Choices() { }

    public static <E extends Enum<E>> ComboBox<E> of(String label, String keyPrefix, Collection<E> values) {
        var box = new ComboBox<E>(label);
        box.setItems(List.copyOf(values));
        box.setItemLabelGenerator(value -> box.getTranslation(keyPrefix + "." + value.name()));
        return box;
    }
}
