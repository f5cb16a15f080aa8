package org.napacademy.interfaces.export;

import org.napacademy.domain.model.programme.Programme;

/**
 * Who reports a roadmap's results to IATI. {@code ref} is the reporting organisation's IATI organisation
 * identifier (MicroProfile Config {@code academy.iati.reporting-org-ref}); without one the programme-derived
 * {@code NAPACADEMY-P<programme id>} is used, which is unique on this platform but registered with no IATI
 * registration agency: an academy that publishes to the IATI Registry sets its own registered identifier.
 * {@code type} is an IATI OrganisationType code ({@code academy.iati.reporting-org-type}, default 80,
 * Academic, Training and Research); {@code name} defaults to the programme's name.
 */
public record IatiSettings(String ref, String type, String name) {

    public static final String DEFAULT_TYPE = "80";

    public static IatiSettings of(Programme programme, String configuredRef, String configuredType, String configuredName) {
        var ref = blank(configuredRef) ? "NAPACADEMY-P" + programme.id() : configuredRef.trim();
        var type = blank(configuredType) ? DEFAULT_TYPE : configuredType.trim();
        var name = blank(configuredName) ? programme.name() : configuredName.trim();
        return new IatiSettings(ref, type, name);
    }

    private static boolean blank(String text) { return text == null || text.isBlank(); }
}
