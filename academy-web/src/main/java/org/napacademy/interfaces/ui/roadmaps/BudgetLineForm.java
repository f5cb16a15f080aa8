package org.napacademy.interfaces.ui.roadmaps;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import org.napacademy.domain.model.roadmap.GenderMarker;
import org.napacademy.interfaces.ui.common.Choices;
import org.napacademy.interfaces.ui.common.DraftForm;

/** Amount, currency, funding source and OECD gender marker (0, 1 or 2) of one budget line. */
public class BudgetLineForm extends DraftForm<BudgetLineDraft> {

    final BigDecimalField amount = new BigDecimalField(getTranslation("budget.amount"));
    final TextField currency = new TextField(getTranslation("budget.currency"));
    final TextField fundingSource = new TextField(getTranslation("budget.fundingSource"));
    final ComboBox<GenderMarker> genderMarker = Choices.of(getTranslation("budget.genderMarker"), "budget.marker",
            EnumSet.allOf(GenderMarker.class));

    public BudgetLineForm() {
        super(BudgetLineDraft.class);
        currency.setMaxLength(3);
        currency.setHelperText(getTranslation("budget.currency.help"));
        currency.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) currency.setValue(change.getValue().toUpperCase());
        });
        fundingSource.setMaxLength(200);
        add(amount, currency, fundingSource, genderMarker);
        layOut();
    }
}
