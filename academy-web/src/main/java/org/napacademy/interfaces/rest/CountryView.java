package org.napacademy.interfaces.rest;

import java.util.List;
import org.napacademy.domain.model.country.Country;
import org.napacademy.domain.model.country.NapStatus;
import org.napacademy.domain.model.country.Subregion;

/** A country: alpha-2 code, alpha-3 code, names in four languages, NAP status; napEvents only for one country. */
public record CountryView(String code, String iso3, LocalizedTextJson name, Subregion subregion, NapStatus napStatus,
                          List<NapEventView> napEvents) {

    static CountryView of(Country country) {
        return new CountryView(country.iso2(), country.iso3(), LocalizedTextJson.of(country.name()), country.subregion(),
                country.napStatus(), null);
    }

    static CountryView withHistory(Country country) {
        return new CountryView(country.iso2(), country.iso3(), LocalizedTextJson.of(country.name()), country.subregion(),
                country.napStatus(), country.napHistory().stream().map(NapEventView::of).toList());
    }
}
