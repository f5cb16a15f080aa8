package org.napacademy.interfaces.ui.governance;

import com.vaadin.flow.component.combobox.ComboBox;
import java.text.Collator;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.napacademy.domain.model.country.Country;
import org.napacademy.domain.model.country.Subregion;
import org.napacademy.domain.model.governance.CommitteeRole;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.interfaces.ui.common.Choices;
import org.napacademy.interfaces.ui.common.DraftForm;
import org.napacademy.interfaces.ui.common.LocalizedDatePicker;

/**
 * A seat: its role, for a vice-president the subregion it represents (the countries offered are then that
 * subregion's), the country holding it, its term and the gathering that elected it. The committee's own rules
 * (one president at a time, a term from the gathering on) are the service's, shown by the view when it refuses.
 */
public class SeatForm extends DraftForm<SeatBean> {
    final ComboBox<CommitteeRole> role = Choices.of(getTranslation("governance.form.role"), "governance.role", EnumSet.allOf(CommitteeRole.class));
    final ComboBox<Subregion> subregion = Choices.of(getTranslation("governance.form.subregion"), "governance.subregion", EnumSet.allOf(Subregion.class));
    final ComboBox<String> country = new ComboBox<>(getTranslation("governance.form.country"));
    final LocalizedDatePicker termStart = new LocalizedDatePicker(getTranslation("governance.form.termStart"));
    final LocalizedDatePicker termEnd = new LocalizedDatePicker(getTranslation("governance.form.termEnd"));
    final ComboBox<Long> electedAt = new ComboBox<>(getTranslation("governance.form.electedAt"));
    private final List<Country> countries;

    /** {@code countries}: all of them; {@code gatherings}: the programme's cohorts, newest first. */
    public SeatForm(List<Country> countries, List<Cohort> gatherings) {
        super(SeatBean.class);
        var collator = Collator.getInstance(getLocale());
        this.countries = countries.stream().sorted(Comparator.comparing((Country c) -> c.name().in(getLocale()), collator)).toList();
        var names = new LinkedHashMap<String, String>();
        this.countries.forEach(c -> names.put(c.iso2(), c.name().in(getLocale())));
        country.setItemLabelGenerator(code -> names.getOrDefault(code, code));
        offerCountries(null);

        Map<Long, String> gatheringNames = new LinkedHashMap<>();
        gatherings.forEach(g -> gatheringNames.put(g.id(), g.name()));
        electedAt.setItems(List.copyOf(gatheringNames.keySet()));
        electedAt.setItemLabelGenerator(id -> gatheringNames.getOrDefault(id, ""));
        electedAt.setHelperText(getTranslation("governance.form.electedAt.helper"));

        role.addValueChangeListener(change -> showSubregion(change.getValue()));
        subregion.addValueChangeListener(change -> offerCountries(change.getValue()));
        binder.forField(subregion)
                .withValidator(value -> role.getValue() != CommitteeRole.VICE_PRESIDENT || value != null,
                        getTranslation("governance.form.subregion.required"))
                .bind("subregion");
        binder.forField(country).bind("countryIso2");
        binder.forField(electedAt).bind("electedAtCohortId");
        binder.forField(termEnd)
                .withValidator(end -> end == null || termStart.getValue() == null || !end.isBefore(termStart.getValue()),
                        getTranslation("governance.form.termEnd.beforeStart"))
                .bind("termEnd");
        termStart.addValueChangeListener(change -> {
            if (termEnd.getValue() != null) binder.validate();
        });
        add(role, subregion, country, electedAt, termStart, termEnd);
        layOut();
    }

    @Override
    public void edit(SeatBean bean, boolean deletable) {
        super.edit(bean, deletable);
        showSubregion(bean.getRole());
    }

    private void showSubregion(CommitteeRole chosen) {
        var represents = chosen != null && chosen.representsSubregion();
        subregion.setVisible(represents);
        subregion.setRequiredIndicatorVisible(represents);
        if (!represents) subregion.clear();
    }

    /** A vice-president's country lies in the subregion it represents: only those are offered once one is chosen. */
    private void offerCountries(Subregion within) {
        var chosen = country.getValue();
        var codes = countries.stream().filter(c -> within == null || c.subregion() == within).map(Country::iso2).toList();
        country.setItems(codes);
        if (chosen != null && codes.contains(chosen)) country.setValue(chosen);
    }
}
