package org.napacademy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.domain.model.country.Country;
import org.napacademy.domain.model.country.CountryRepository;
import org.napacademy.domain.model.country.NapEvent;

/** The countries of the platform (reference data) and their NAP histories. */
@ApplicationScoped
@Transactional
public class CountryService {

    static final String COUNTRY = "country";
    static final String NAP_EVENT = "NAP event";

    @Inject CountryRepository countries;
    @Inject AccessPolicy access;

    /** By English name, with their NAP histories. */
    public List<Country> countries() {
        access.requireSignedIn();
        return countries.all();
    }

    /** {@code code}: ISO alpha-2, in either case. */
    public Country country(String code) {
        access.requireSignedIn();
        var iso2 = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        return countries.find(iso2).orElseThrow(() -> new EntityNotFound(COUNTRY, code));
    }

    /** Alpha-2 code to the name in the locale's language (English when missing), ordered by that name. */
    public Map<String, String> countryNames(Locale locale) {
        access.requireSignedIn();
        var collator = Collator.getInstance(locale == null ? Locale.ENGLISH : locale);
        var names = new LinkedHashMap<String, String>();
        countries.all().stream()
                .sorted(Comparator.comparing((Country c) -> c.name().in(locale), collator))
                .forEach(c -> names.put(c.iso2(), c.name().in(locale)));
        return names;
    }

    public NapEvent napEvent(String code, long eventId) {
        return country(code).napHistory().stream().filter(e -> e.id().equals(eventId)).findFirst()
                .orElseThrow(() -> new EntityNotFound(NAP_EVENT, eventId));
    }

    public NapEvent recordNapEvent(String code, NapEventDraft draft) {
        access.requirePlanning();
        var event = country(code).recordNapEvent(draft.type(), draft.generation(), draft.date(), draft.year(),
                draft.planStartYear(), draft.planEndYear(), draft.note(), draft.source());
        countries.flush();
        return event;
    }
}
