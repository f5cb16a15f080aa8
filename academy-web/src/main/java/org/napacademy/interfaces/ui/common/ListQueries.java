package org.napacademy.interfaces.ui.common;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.napacademy.domain.model.shared.ListOrder;

/**
 * What lazy lists share: a search box that asks the database again a moment after typing stops, and the grid's
 * sorted column as the {@link ListOrder} the application services take (the sorting is done by the database).
 */
public final class ListQueries {

    private ListQueries() { }

    /** A search box with a magnifier and a clear button; {@code onChange} runs after typing pauses. */
    public static TextField searchField(String label, String placeholder, Runnable onChange) {
        var field = new TextField(label);
        field.setPlaceholder(placeholder);
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setMaxLength(100);
        field.addValueChangeListener(change -> onChange.run());
        return field;
    }

    /** The column the user sorted by (its sort property names the service's property), else {@code fallback}. */
    public static ListOrder order(Query<?, ?> query, ListOrder fallback) {
        return query.getSortOrders().stream().findFirst()
                .map(sort -> new ListOrder(sort.getSorted(), sort.getDirection() == SortDirection.ASCENDING))
                .orElse(fallback);
    }
}
