package org.napacademy.interfaces.ui.gathering;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * "Assigned to": the member delegation a result of a gathering's shared roadmap is assigned to, by country name in the
 * UI's language. Hidden until delegations are offered, so a delegation's own roadmap never shows it.
 */
public class AssigneeField extends ComboBox<Long> {
    private final Map<Long, String> names = new LinkedHashMap<>();

    public AssigneeField() {
        super();
        setLabel(getTranslation("gathering.assignedTo"));
        setClearButtonVisible(true);
        setItemLabelGenerator(id -> names.getOrDefault(id, String.valueOf(id)));
        setVisible(false);
    }

    /** Offers the delegations (id to name, in the order to show); none hides the field. */
    public void offer(Map<Long, String> delegations) {
        names.clear();
        names.putAll(delegations);
        setItems(names.keySet());
        setVisible(!names.isEmpty());
    }
}
